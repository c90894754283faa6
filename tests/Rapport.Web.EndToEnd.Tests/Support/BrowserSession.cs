using Microsoft.Playwright;

namespace Rapport.Web.EndToEnd.Tests.Support;

/// <summary>
/// A live app and a browser page on it that records every console error, uncaught exception and failed
/// request, so a test can assert that a page ran cleanly. Screenshots go under the test's output folder.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserSession(LiveApp app) => App = app;

    public LiveApp App { get; }

    public IPage Page { get; private set; } = null!;

    public List<string> Problems { get; } = [];

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<BrowserSession> StartAsync(int width = 1280, int height = 900)
    {
        var session = new BrowserSession(new LiveApp());
        try
        {
            session._playwright = await Playwright.CreateAsync();
            session._browser = await Chromium.LaunchAsync(session._playwright);
            var context = await session._browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = session.App.Address.ToString().TrimEnd('/'),
                ViewportSize = new ViewportSize { Width = width, Height = height },
            });
            session.Page = await context.NewPageAsync();
            session.Page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    session.Problems.Add($"console {message.Type}: {message.Text}");
                }
            };
            session.Page.PageError += (_, error) => session.Problems.Add("page error: " + error);
            session.Page.RequestFailed += (_, request) => session.Problems.Add($"request failed: {request.Url} {request.Failure}");
            session.Page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    session.Problems.Add($"HTTP {response.Status}: {response.Url}");
                }
            };
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}");
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public void AssertClean() => Assert.True(Problems.Count == 0, "The browser reported:\n" + string.Join("\n", Problems));

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
