using Microsoft.Playwright;
using Rapport.Web.EndToEnd.Tests.Support;

namespace Rapport.Web.EndToEnd.Tests;

public sealed class FollowersJourneyTests
{
    [BrowserFact]
    public async Task Load_the_demo_then_triage_followers_and_confirm_a_connection_point_on_a_person_page()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await browser.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Load the demo data" }).ClickAsync();
        await page.WaitForURLAsync("**/today");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Followers" }).ClickAsync();
        await page.WaitForURLAsync("**/followers");

        var followers = page.Locator("li.follower");
        Assert.True(await followers.CountAsync() > 0, "Triage shows no followers.");
        var withEvidence = followers.Filter(new() { Has = page.Locator(".strongest") }).First;
        Assert.False(string.IsNullOrWhiteSpace(await withEvidence.Locator(".evidence-phrase").InnerTextAsync()));
        await browser.ScreenshotAsync("followers-triage");

        await withEvidence.Locator("h2 a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connection points" })).ToBeVisibleAsync();
        var point = page.Locator("li[data-point]").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = false }) }).First;
        var pointId = await point.GetAttributeAsync("data-point");
        await point.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = false }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Confirmed:");
        await Assertions.Expect(page.Locator($"li[data-point='{pointId}'] h3")).ToContainTextAsync("confirmed");
        await Assertions.Expect(page.Locator("button[data-copy]").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("person-point-confirmed");
        browser.AssertClean();
    }
}
