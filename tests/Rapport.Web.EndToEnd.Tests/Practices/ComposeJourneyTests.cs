using Microsoft.Playwright;
using Rapport.Web.EndToEnd.Tests.Support;
using Rapport.Web.Testing;

namespace Rapport.Web.EndToEnd.Tests.Practices;

public sealed class ComposeJourneyTests
{
    [BrowserFact]
    public async Task Counts_follow_the_typing_from_the_server_and_a_draft_that_fits_is_saved()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.GotoAsync("/compose");
        var x = page.Locator("article.version[data-network='x']");

        await page.GetByLabel("Your comment").FillAsync("Slow coffee, fast thoughts");
        await Assertions.Expect(x.Locator(".count")).ToContainTextAsync("26 of 280");
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync("https://example.com/a-rather-long-address/about/cold-brew-coffee");
        await Assertions.Expect(x.Locator(".count")).ToContainTextAsync("51 of 280");
        await Assertions.Expect(x.Locator(".post-text")).ToContainTextAsync("https://example.com/a-rather-long-address");

        await page.GetByLabel("Your comment").FillAsync(new string('a', 300));
        await Assertions.Expect(x.Locator(".verdict")).ToHaveTextAsync("fits");
        await Assertions.Expect(x.Locator(".hint")).ToContainTextAsync("The comment was trimmed to fit.");

        await page.GetByLabel("Your comment").FillAsync("Worth the wait ☕");
        await page.GetByLabel("X classic (140)").CheckAsync();
        await Assertions.Expect(page.Locator("article.version[data-network='x140'] .count")).ToContainTextAsync("of 140");
        await browser.ScreenshotAsync("compose-live-counts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await page.WaitForURLAsync("**/compose/drafts/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("it fits every network chosen");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Share on X", Exact = true })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://x\\.com/intent/post\\?text=Worth%20the%20wait"));
        await browser.ScreenshotAsync("compose-draft");
        browser.AssertClean();
    }

    [BrowserFact]
    public async Task A_passage_selected_in_a_fetched_article_becomes_the_quote_and_is_pinned_when_saved()
    {
        await using var app = await CurationLiveApp.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await Chromium.LaunchAsync(playwright);
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync("/compose");
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync(app.Site.ArticleUrl);
        await page.GetByLabel("Your comment").FillAsync("Patience pays");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fetch article" }).ClickAsync();
        var article = page.Locator("[data-article-text]");
        await Assertions.Expect(article).ToContainTextAsync(LocalArticleSite.Passage);

        // A selection made with the mouse: a range over the passage, then the button released over it.
        await article.EvaluateAsync(
            """
            (element, passage) => {
                const text = [...element.querySelectorAll("p")].map(p => p.firstChild).find(node => node.data.includes(passage));
                const start = text.data.indexOf(passage);
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + passage.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                text.parentElement.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
            }
            """,
            LocalArticleSite.Passage);

        await Assertions.Expect(page.Locator("#compose-quote")).ToHaveValueAsync(LocalArticleSite.Passage);
        await Assertions.Expect(page.Locator("[data-from-article]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("article.version[data-network='x'] .post-text")).ToContainTextAsync("“" + LocalArticleSite.Passage + "”");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await page.WaitForURLAsync("**/compose/drafts/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "the passage on the page" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("#:~:text="));
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "compose-highlight-draft.png"), FullPage = true });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
