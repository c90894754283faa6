using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rapport.Core.Import;
using Rapport.Web.EndToEnd.Tests.Support;

namespace Rapport.Web.EndToEnd.Tests.Practices;

public sealed class PracticePagesTests
{
    [BrowserFact]
    public async Task Every_practice_page_loads_without_console_errors_wide_and_narrow()
    {
        foreach (var (width, height, suffix) in new[] { (1280, 900, string.Empty), (360, 740, "-narrow") })
        {
            await using var browser = await BrowserSession.StartAsync(width, height);
            await browser.App.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
            using var api = browser.App.CreateClient();
            var chat = (await api.GetFromJsonAsync<JsonElement>("/api/chats/blogchat")).GetProperty("chat").GetProperty("id").GetInt64();
            var list = (await api.GetFromJsonAsync<JsonElement>("/api/lists"))[0].GetProperty("id").GetInt64();
            var pages = new[]
            {
                ("/compose", "compose"), ("/compose/drafts", "drafts"), ("/chats", "chats"), ($"/chats/{chat}", "chat"),
                ($"/chats/{chat}/session", "chat-session"), ("/chats/core", "core-group"), ("/lists", "lists"), ($"/lists/{list}", "list"),
                ("/insights", "insights"), ("/settings", "settings"),
            };
            foreach (var (path, name) in pages)
            {
                await browser.GotoAsync(path);
                await Assertions.Expect(browser.Page.Locator("h1")).ToBeVisibleAsync();
                var overflow = await browser.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px window.");
                await browser.ScreenshotAsync(name + suffix);
            }

            browser.AssertClean();
        }
    }
}
