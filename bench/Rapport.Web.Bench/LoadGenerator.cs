using System.Diagnostics;
using System.Globalization;

namespace Rapport.Web.Bench;

/// <summary>
/// A closed-loop load generator: N clients, each sending its next request as soon as the previous answer
/// has been read in full, for a fixed time per path after a short warm-up. Every non-2xx answer and every
/// exception counts as an error. Prints one Markdown row per path.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<int> RunAsync(Uri baseAddress, int concurrency, TimeSpan duration, IReadOnlyList<string> paths)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| path | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"));
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        foreach (var path in paths)
        {
            await RunPathAsync(client, path, concurrency, TimeSpan.FromSeconds(3));
            var result = await RunPathAsync(client, path, concurrency, duration);
            var sorted = result.Latencies.Order().ToArray();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| `{path}` | {sorted.Length:N0} | {result.Errors} | {sorted.Length / duration.TotalSeconds:F0} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} |"));
            if (result.FirstError is { } error)
            {
                Console.Error.WriteLine($"{path}: first error: {error}");
            }

            failed |= result.Errors > 0;
        }

        return failed ? 1 : 0;
    }

    private static async Task<(List<double> Latencies, int Errors, string? FirstError)> RunPathAsync(HttpClient client, string path, int concurrency, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = new List<double>[concurrency];
        var errors = 0;
        string? firstError = null;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async c =>
        {
            var latencies = perClient[c] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        firstError ??= ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                        continue;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    firstError ??= exception.Message;
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return ([.. perClient.SelectMany(l => l)], errors, firstError);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
