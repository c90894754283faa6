using Microsoft.Playwright;
using Rapport.Web.EndToEnd.Tests.Support;

namespace Rapport.Web.EndToEnd.Tests;

public sealed class TodayJourneyTests
{
    [BrowserFact]
    public async Task Load_the_demo_then_today_shows_people_due_and_a_logged_touch_takes_the_person_off_the_queue()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await browser.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Load the demo data" }).ClickAsync();
        await page.WaitForURLAsync("**/today");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The sample account is loaded");

        if (await page.Locator("li.due-entry").CountAsync() == 0)
        {
            // The sample sets no cadences: give two people one, from their pages, as a user would.
            foreach (var handle in new[] { "iandogs", "fito" })
            {
                await browser.GotoAsync("/people/" + handle);
                await page.GetByLabel("Keep in touch").SelectOptionAsync("weekly");
                await page.GetByRole(AriaRole.Button, new() { Name = "Set cadence" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("weekly");
            }

            await browser.GotoAsync("/today");
        }

        var entries = page.Locator("li.due-entry");
        Assert.True(await entries.CountAsync() > 0, "Today shows no one due.");
        var first = entries.First;
        var personId = await first.GetAttributeAsync("data-person-id");
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator(".reason").InnerTextAsync()));
        await browser.ScreenshotAsync("today-due");

        await first.GetByLabel("Kind").SelectOptionAsync("dm");
        await first.GetByLabel("Note").FillAsync("Sent them the article");
        await first.GetByRole(AriaRole.Button, new() { Name = "Log touch" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged. Next due");
        await Assertions.Expect(page.Locator($"li.due-entry[data-person-id='{personId}']")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("today-after-touch");
        browser.AssertClean();
    }
}
