using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Web.EndToEnd.Tests.Support;

namespace Rapport.Web.EndToEnd.Tests;

public sealed class UntrustedTextTests
{
    private const string Handle = "mallory_xss";
    private const string Name = "<b>Mallory</b><script>window.__pwned='name'</script>";
    private const string Bio =
        "<script>window.__pwned='bio'</script><img src=x onerror=\"window.__pwned='img'\"><svg onload=\"window.__pwned='svg'\"></svg>" +
        "<a href=\"javascript:window.__pwned='link'\">click</a></p><style>body{display:none}</style>";

    [BrowserFact]
    public async Task A_bio_and_name_full_of_script_and_markup_render_as_inert_text_everywhere()
    {
        await using var browser = await BrowserSession.StartAsync();
        await AddHostileProfileAsync(browser.App.Services);
        var page = browser.Page;

        await browser.GotoAsync("/people/" + Handle);
        await page.GetByLabel("Keep in touch").SelectOptionAsync("weekly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set cadence" }).ClickAsync();
        await page.GetByLabel("New note").FillAsync("<img src=x onerror=\"window.__pwned='note'\">");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Note added.");

        Assert.Equal(Bio, await page.Locator("[data-bio]").InnerTextAsync());
        Assert.Equal(Name, await page.Locator("h3 + p strong").InnerTextAsync());
        Assert.Equal(0, await page.Locator("main script, main img, main svg, main style, main b").CountAsync());
        await browser.ScreenshotAsync("person-untrusted-text");
        await AssertNothingRanAsync(page);

        foreach (var path in new[] { "/people?q=mallory", "/today" })
        {
            await browser.GotoAsync(path);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Name);
            Assert.Equal(0, await page.Locator("main script, main img, main b").CountAsync());
            await AssertNothingRanAsync(page);
        }

        browser.AssertClean();
    }

    private static async Task AssertNothingRanAsync(IPage page) =>
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));

    private static async Task AddHostileProfileAsync(IServiceProvider services)
    {
        var importer = services.GetRequiredService<ILedgerImporter>();
        await using var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, "hostile profile", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await session.AddProfileAsync(new ProfileRecord { ExternalId = "66600666", Handle = Handle, DisplayName = Name, Bio = Bio }, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
