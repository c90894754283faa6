using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rapport.Web.Testing;

/// <summary>
/// A real blog on 127.0.0.1 (Kestrel, an ephemeral port) that the app reads through its own safe fetcher, so
/// curation is tested over HTTP exactly as a user's page would be, with the port allowed by configuration.
/// <c>/coffee</c> is the article; every other path answers 404.
/// </summary>
public sealed class LocalArticleSite : IAsyncDisposable
{
    public const string Passage = "Brewing slowly brings out the sweetness of the bean.";

    // The article's text carries markup and script as a hostile page could; it is written escaped in the HTML so
    // that the extracted text holds it literally, the way a post about HTML would.
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Slow &lt;b&gt;coffee&lt;/b&gt;</title>
          <meta name="twitter:creator" content="@barista">
          <meta name="author" content="Ana Barista">
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
          <main>
            <article>
              <h1>Slow &lt;b&gt;coffee&lt;/b&gt;</h1>
              <p>&lt;script&gt;window.__pwned='article'&lt;/script&gt; Cold brew is patient. It asks for a coarse grind, cold water and a whole night on the counter, and it gives back a cup that is round, low in acid and kind to the stomach in the morning.</p>
              <p>Brewing slowly brings out the sweetness of the bean. Brewing slowly takes time, and that is the whole point: the water has the hours it needs to carry the sugars out without dragging the bitterness along.</p>
              <p>Time, time and more time. Start it before bed, strain it after breakfast, and keep the concentrate in the fridge for a week of mornings that need no kettle at all.</p>
            </article>
          </main>
          <footer>Written by Ana, who drinks too much coffee.</footer>
        </body>
        </html>
        """;

    private readonly WebApplication _app;

    private LocalArticleSite(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string ArticleUrl => $"http://127.0.0.1:{Port}/coffee";

    public string MissingUrl => $"http://127.0.0.1:{Port}/missing";

    /// <summary>The setting that lets the app's fetcher reach this site, and nothing else on loopback.</summary>
    public KeyValuePair<string, string?> FetchPermission => new("Rapport:WebFetch:LoopbackPortsAllowedForTesting:0", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static async Task<LocalArticleSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            if (context.Request.Path == "/coffee")
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Page, context.RequestAborted);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LocalArticleSite(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
