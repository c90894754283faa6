using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rapport.Cli.Tests.Support;

/// <summary>
/// A person's own website on 127.0.0.1 (Kestrel, an ephemeral port): <c>/bea</c> is the home page with its title,
/// description, keywords and an announced feed, <c>/feed.xml</c> the feed; every other path answers 404.
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

    private readonly WebApplication _app;

    private LocalPersonSite(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string HomeUrl => $"http://127.0.0.1:{Port}/bea";

    /// <summary>The setting that lets the fetcher reach this site, and nothing else on loopback.</summary>
    public IReadOnlyDictionary<string, string?> FetchPermission =>
        new Dictionary<string, string?> { ["Rapport:WebFetch:LoopbackPortsAllowedForTesting:0"] = Port.ToString(CultureInfo.InvariantCulture) };

    public static async Task<LocalPersonSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var (type, body) = context.Request.Path.Value switch
            {
                "/bea" => ("text/html; charset=utf-8", Page),
                "/feed.xml" => ("application/rss+xml; charset=utf-8", Feed),
                _ => (null, null),
            };
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = type;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LocalPersonSite(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
