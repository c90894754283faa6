using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Rapport.Connectors.Tests.Support;

/// <summary>
/// A local web server with the fixture pages and the awkward cases a real web has: redirects, loops,
/// oversized and mislabelled responses, slow servers.
/// </summary>
public sealed class FixtureSite : IAsyncLifetime
{
    public const int OversizedBytes = 6 * 1024 * 1024;

    private LocalWebServer? _server;

    public int Port => Server.Port;

    private LocalWebServer Server => _server ?? throw new InvalidOperationException("The site has not started.");

    public Uri Url(string pathAndQuery) => Server.Url(pathAndQuery);

    public Uri Url(string host, string pathAndQuery) => Server.Url(host, pathAndQuery);

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync(HandleAsync);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        switch (path)
        {
            case "/blog/brew-by-weight":
                await PageAsync(context, "blog-post.html");
                break;
            case "/news/bike-lanes":
                await PageAsync(context, "news-article.html");
                break;
            case "/notes/winter-running":
                await PageAsync(context, "no-metadata.html");
                break;
            case "/hostile":
                await PageAsync(context, "hostile.html");
                break;
            case "/app":
                await PageAsync(context, "app-shell.html");
                break;
            case "/xhtml":
                await PageAsync(context, "no-metadata.html", "application/xhtml+xml; charset=utf-8");
                break;
            case "/latin1":
                context.Response.ContentType = "text/html; charset=iso-8859-1";
                await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>"));
                break;
            case "/site/":
                await PageAsync(context, "personal-site.html");
                break;
            case "/feed.xml":
                await PageAsync(context, "feed.xml", "application/rss+xml; charset=utf-8");
                break;
            case "/atom.xml":
                await PageAsync(context, "atom.xml", "application/atom+xml");
                break;
            case "/image.png":
                context.Response.ContentType = "image/png";
                await context.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
                break;
            case "/data.json":
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"title":"not a page"}""");
                break;
            case "/untyped":
                await context.Response.Body.WriteAsync("<html><body>no content type</body></html>"u8.ToArray());
                break;
            case "/huge":
                await HugeAsync(context);
                break;
            case "/huge-declared":
                context.Response.ContentType = "text/html";
                context.Response.ContentLength = OversizedBytes;
                await context.Response.Body.FlushAsync();
                break;
            case "/gzip-bomb":
                await GzipBombAsync(context);
                break;
            case "/slow":
                context.Response.ContentType = "text/html";
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                break;
            case "/whoami":
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync($"<html><body><p>{System.Net.WebUtility.HtmlEncode(context.Request.Headers.UserAgent.ToString())}</p></body></html>");
                break;
            case "/missing":
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
            case "/redirect/to":
                Redirect(context, context.Request.Query["target"].ToString());
                break;
            case "/redirect/loop-a":
                Redirect(context, "/redirect/loop-b");
                break;
            case "/redirect/loop-b":
                Redirect(context, "/redirect/loop-a");
                break;
            case "/redirect/no-location":
                context.Response.StatusCode = StatusCodes.Status302Found;
                break;
            default:
                if (path.StartsWith("/redirect/chain/", StringComparison.Ordinal))
                {
                    var remaining = int.Parse(path["/redirect/chain/".Length..], CultureInfo.InvariantCulture);
                    Redirect(context, remaining == 0 ? "/blog/brew-by-weight" : $"/redirect/chain/{remaining - 1}");
                    break;
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task PageAsync(HttpContext context, string fixture, string contentType = "text/html; charset=utf-8")
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(Fixtures.Read(fixture));
    }

    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
    }

    /// <summary>Streams past the cap without a Content-Length, so only counting while reading can stop it.</summary>
    private static async Task HugeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html";
        var paragraph = Encoding.UTF8.GetBytes("<p>" + new string('a', 8185) + "</p>\n");
        try
        {
            for (var written = 0; written < OversizedBytes; written += paragraph.Length)
            {
                await context.Response.Body.WriteAsync(paragraph, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client stopped reading at its cap, as it should.
        }
    }

    /// <summary>A few kilobytes on the wire that inflate past the cap: Content-Length says nothing useful.</summary>
    private static async Task GzipBombAsync(HttpContext context)
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 6; i++)
            {
                await gzip.WriteAsync(spaces);
            }
        }

        context.Response.ContentType = "text/html";
        context.Response.Headers.ContentEncoding = "gzip";
        context.Response.ContentLength = compressed.Length;
        await context.Response.Body.WriteAsync(compressed.ToArray());
    }
}
