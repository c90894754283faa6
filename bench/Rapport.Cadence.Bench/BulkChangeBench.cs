using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Cadence;
using Rapport.Core.Lists;

namespace Rapport.Cadence.Bench;

/// <summary>
/// Bulk changes through the stores on a workspace: a new list is given many members, a cadence, a new name,
/// and is deleted, each change followed by a Today read, since a change to many people at once must leave
/// the due cache current without making the next read rebuild everyone. Every step is timed once (they are
/// writes); the list is deleted at the end, so the workspace is as it was, bar its due cache's rows for the
/// people, which are rebuilt as they were.
/// </summary>
internal static class BulkChangeBench
{
    public static async Task<string> RunAsync(ServiceProvider services, DbConnection connection, string engine, int members)
    {
        var ids = new List<long>(members);
        await using (var command = connection.CreateCommand())
        {
            // Spread over the workspace rather than its first people, who hold the most touches.
            command.CommandText = string.Create(
                CultureInfo.InvariantCulture,
                $"SELECT id FROM people WHERE is_ego = {(engine == "sqlite" ? "0" : "false")} AND id % 7 = 3 ORDER BY id LIMIT {members}");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var lists = services.GetRequiredService<IContactListStore>();
        var cadences = services.GetRequiredService<ICadenceSettingsStore>();
        var queue = services.GetRequiredService<TodayQueueService>();
        var none = CancellationToken.None;
        await queue.GetAsync(none);

        var steps = new List<(string Step, double Ms)>();
        async Task TimeAsync(string step, Func<Task> run)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            steps.Add((step, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine}: {step} {steps[^1].Ms:F0} ms"));
        }

        var list = await lists.CreateAsync("bulk bench " + Guid.NewGuid().ToString("N")[..8], none);
        await TimeAsync($"add {ids.Count:N0} members to a new list", () => lists.AddMembersAsync(list.Id, ids, none));
        await TimeAsync("the next Today read", () => queue.GetAsync(none));
        await TimeAsync("set the list's cadence (weekly)", () => cadences.SetListCadenceAsync(list.Id, CadenceTiers.Weekly, TimeProvider.System.GetUtcNow(), none));
        await TimeAsync("the next Today read", () => queue.GetAsync(none));
        await TimeAsync("rename the list", () => lists.RenameAsync(list.Id, list.Name + " renamed", none));
        await TimeAsync("the next Today read", () => queue.GetAsync(none));
        await TimeAsync("delete the list", () => lists.DeleteAsync(list.Id, none));
        await TimeAsync("the next Today read", () => queue.GetAsync(none));

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"#### {engine}: a list of {ids.Count:N0} people (`--bulk-members {members}`)").AppendLine();
        report.AppendLine("| step | ms |").AppendLine("|---|---:|");
        foreach (var (step, ms) in steps)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {ms:F0} |");
        }

        report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {StoreBench.LoadAverage()}.").AppendLine();
        return report.ToString();
    }
}
