using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rapport.Core.Import;
using Rapport.Web.EndToEnd.Tests.Support;

namespace Rapport.Web.EndToEnd.Tests;

public sealed class UploadTests
{
    [BrowserFact]
    public async Task An_archive_chosen_on_the_first_page_is_uploaded_with_progress_and_imported()
    {
        await using var browser = await BrowserSession.StartAsync();
        var folder = Directory.CreateTempSubdirectory("rapport-e2e-archive-");
        try
        {
            var data = await browser.App.Services.GetRequiredService<IDemoDataSource>().CreateAsync(folder.FullName, 11, CancellationToken.None);
            var page = browser.Page;
            await browser.GotoAsync("/");

            // A small archive imports in a moment and the page moves on; the upload is held at the browser until
            // the progress display has been seen, so the check does not race the import.
            var progressSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await page.RouteAsync("**" + Rapport.Web.Features.Start.ArchiveUploadReceiver.FormPath, async route =>
            {
                await progressSeen.Task;
                await route.ContinueAsync();
            });
            await page.GetByLabel("Archive (ZIP)").SetInputFilesAsync(data.ArchivePath);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-upload-progress]")).ToBeVisibleAsync();
            progressSeen.SetResult();
            await page.WaitForURLAsync("**/people", new() { Timeout = 120_000 });
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported");
            Assert.True(await page.Locator("tbody tr").CountAsync() > 10);
            await browser.ScreenshotAsync("people-after-upload");
            browser.AssertClean();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
