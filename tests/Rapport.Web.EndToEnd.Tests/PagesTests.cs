using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rapport.Core.Import;
using Rapport.Web.EndToEnd.Tests.Support;

namespace Rapport.Web.EndToEnd.Tests;

public sealed class PagesTests
{
    private static readonly (string Path, string Name)[] Pages =
    [
        ("/", "start"),
        ("/today", "today"),
        ("/people", "people"),
        ("/people?q=coffee", "people-search"),
        ("/people/iandogs", "person"),
        ("/followers", "followers"),
        ("/followers/rules?preview=true", "followers-rules"),
    ];

    [BrowserFact]
    public async Task The_first_run_page_loads_cleanly()
    {
        await using var browser = await BrowserSession.StartAsync();

        await browser.GotoAsync("/");

        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Load the demo data" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("first-run");
        browser.AssertClean();
    }

    [BrowserFact]
    public async Task Every_page_loads_without_console_errors_wide_and_narrow()
    {
        await using var wide = await BrowserSession.StartAsync(1280, 900);
        await wide.App.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
        foreach (var (path, name) in Pages)
        {
            await wide.GotoAsync(path);
            await Assertions.Expect(wide.Page.Locator("h1")).ToBeVisibleAsync();
            await wide.ScreenshotAsync(name);
        }

        wide.AssertClean();

        await using var narrow = await BrowserSession.StartAsync(360, 740);
        await narrow.App.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
        foreach (var (path, name) in Pages)
        {
            await narrow.GotoAsync(path);
            var overflow = await narrow.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px window.");
            await narrow.ScreenshotAsync(name + "-narrow");
        }

        narrow.AssertClean();
    }

    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_focus_is_visible()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        browser.AssertClean();
    }
}
