using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rapport.Cli.Tests.Support;

/// <summary>
/// A person's own website on 127.0.0.1 (a free port): <c>/bea</c> is the home page with its title, description,
/// keywords and an announced feed, <c>/feed.xml</c> the feed; every other path answers 404. An HttpListener
/// rather than Kestrel: the ASP.NET Core framework in this project would stop the CLI that other tests start
/// as a child process from finding its own dependencies.
/// </summary>
internal sealed class LocalPersonSite : IAsyncDisposable
{
    public const string Description = "Notes from a home roaster: pour-over coffee, grinders and the odd trail run.";

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Bea's brew notes</title>
          <meta name="description" content="Notes from a home roaster: pour-over coffee, grinders and the odd trail run.">
          <meta name="keywords" content="espresso, latte art, trail running">
          <link rel="alternate" type="application/rss+xml" title="Brew notes" href="/feed.xml">
        </head>
        <body><main><h1>Brew notes</h1><p>Welcome.</p></main></body>
        </html>
        """;

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Brew notes</title><link>http://127.0.0.1/bea</link><description>Coffee notes</description>
        <item><title>Dialling in a new grinder</title><link>http://127.0.0.1/bea/grinder</link></item>
        <item><title>My first 50k trail race</title><link>http://127.0.0.1/bea/50k</link></item>
        </channel></rss>
        """;

    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    private LocalPersonSite()
    {
        // A free port: bind, read it, release, then listen there.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port { get; }

    public string HomeUrl => $"http://127.0.0.1:{Port}/bea";

    /// <summary>The setting that lets the fetcher reach this site, and nothing else on loopback.</summary>
    public IReadOnlyDictionary<string, string?> FetchPermission =>
        new Dictionary<string, string?> { ["Rapport:WebFetch:LoopbackPortsAllowedForTesting:0"] = Port.ToString(CultureInfo.InvariantCulture) };

    public static Task<LocalPersonSite> StartAsync() => Task.FromResult(new LocalPersonSite());

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var (type, body) = context.Request.Url?.AbsolutePath switch
            {
                "/bea" => ("text/html; charset=utf-8", Page),
                "/feed.xml" => ("application/rss+xml; charset=utf-8", Feed),
                _ => (null, null),
            };
            if (body is null)
            {
                context.Response.StatusCode = (int)HttpStatusCode.NotFound;
                context.Response.Close();
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = type;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
