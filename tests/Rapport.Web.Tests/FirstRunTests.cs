using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

public sealed class FirstRunTests
{
    [Fact]
    public async Task An_empty_ledger_offers_the_demo_and_a_streamed_upload()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("Load the demo data", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"archive\">", html, StringComparison.Ordinal);
        Assert.Contains("/js/upload.js", html, StringComparison.Ordinal);
        // The token comes before the file so that the server can check it without buffering the upload.
        Assert.True(html.IndexOf("__RequestVerificationToken", StringComparison.Ordinal) < html.IndexOf("type=\"file\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_button_loads_the_sample_and_leads_to_today()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        var token = await client.FormTokenAsync("/");

        using var response = await client.PostFormAsync("/?handler=Demo", ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/today", response.Headers.Location?.OriginalString);
        var today = await client.GetStringAsync("/today");
        Assert.Contains("The sample account is loaded", today, StringComparison.Ordinal);
        var start = await client.GetStringAsync("/");
        Assert.Contains("Your ledger", start, StringComparison.Ordinal);
        Assert.DoesNotContain("Load the demo data", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_through_the_api_reports_what_it_imported()
    {
        await using var factory = new RapportWebFactory();
        using var client = await factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsync("/api/import/demo", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("overview").GetProperty("people").GetInt32() > 100);
    }

    [Fact]
    public async Task An_archive_uploaded_through_the_api_is_imported()
    {
        await using var factory = new RapportWebFactory();
        using var client = await factory.CreateBrowserClient().WithApiTokenAsync();
        using var archive = await ArchiveAsync(factory);

        using var response = await client.PostAsync("/api/import/x-archive", Upload(archive.Path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kinds = (await response.JsonAsync()).GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!, k => k.GetProperty("new").GetInt32());
        Assert.True(kinds["people"] > 100);
        Assert.True(kinds["touches"] > 100);
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "rapport-upload-*"));
    }

    [Fact]
    public async Task The_page_form_without_script_posts_the_token_first_and_is_redirected_to_the_people()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        using var archive = await ArchiveAsync(factory);
        var token = await client.FormTokenAsync("/");

        using var response = await client.PostAsync("/start/x-archive", Upload(archive.Path, ("__RequestVerificationToken", token), ("includeDmText", "true")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/people", response.Headers.Location?.OriginalString);
        Assert.Contains("Imported", await client.GetStringAsync("/people"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_script_asks_for_json_and_gets_a_message_and_the_next_page()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        using var archive = await ArchiveAsync(factory);
        var token = await client.FormTokenAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/start/x-archive") { Content = Upload(archive.Path, ("__RequestVerificationToken", token)) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/people", (await response.JsonAsync()).GetProperty("next").GetString());
    }

    [Fact]
    public async Task A_form_upload_whose_token_comes_after_the_file_is_refused()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        using var archive = await ArchiveAsync(factory);
        var token = await client.FormTokenAsync("/");
        using var content = new MultipartFormDataContent();
        content.Add(new StreamContent(File.OpenRead(archive.Path)), "archive", "archive.zip");
        content.Add(new StringContent(token), "__RequestVerificationToken");

        using var response = await client.PostAsync("/start/x-archive", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await OverviewPeopleAsync(client));
    }

    [Fact]
    public async Task A_form_upload_with_a_forged_token_is_refused()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        using var archive = await ArchiveAsync(factory);
        await client.GetAsync("/");

        using var response = await client.PostAsync("/start/x-archive", Upload(archive.Path, ("__RequestVerificationToken", "forged")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await OverviewPeopleAsync(client));
    }

    [Fact]
    public async Task An_upload_over_the_bound_is_refused_with_413_and_leaves_nothing_behind()
    {
        // A folder of its own: uploads in tests running at the same time stage their files in the shared temporary folder.
        var staging = Directory.CreateTempSubdirectory("rapport-staging-");
        try
        {
            await using var factory = new RapportWebFactory(new Dictionary<string, string?>
            {
                ["Web:MaxArchiveUploadBytes"] = "4096",
                ["Web:UploadFolder"] = staging.FullName,
            });
            using var client = await factory.CreateBrowserClient().WithApiTokenAsync();
            using var archive = await ArchiveAsync(factory);

            using var response = await client.PostAsync("/api/import/x-archive", Upload(archive.Path));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("MaxArchiveUploadBytes", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Empty(staging.GetFiles());
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_an_archive_is_unprocessable_and_imports_nothing()
    {
        await using var factory = new RapportWebFactory();
        using var client = await factory.CreateBrowserClient().WithApiTokenAsync();
        using var junk = new TempFile();
        await File.WriteAllTextAsync(junk.Path, "not a zip at all");

        using var response = await client.PostAsync("/api/import/x-archive", Upload(junk.Path));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, await OverviewPeopleAsync(client));
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_or_has_no_file_is_refused()
    {
        await using var factory = new RapportWebFactory();
        using var client = await factory.CreateBrowserClient().WithApiTokenAsync();
        using var noFile = new MultipartFormDataContent { { new StringContent("true"), "includeDmText" } };

        using var json = await client.PostAsync("/api/import/x-archive", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var empty = await client.PostAsync("/api/import/x-archive", noFile);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private static async Task<int> OverviewPeopleAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/import/overview")).JsonAsync()).GetProperty("people").GetInt32();

    private static MultipartFormDataContent Upload(string path, params (string Name, string Value)[] fieldsFirst)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fieldsFirst)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "archive", "twitter-archive.zip");
        return content;
    }

    private static async Task<TempFile> ArchiveAsync(RapportWebFactory factory)
    {
        using var warm = factory.CreateClient();
        var folder = Directory.CreateTempSubdirectory("rapport-web-archive-");
        var data = await factory.Services.GetRequiredService<IDemoDataSource>().CreateAsync(folder.FullName, 7, CancellationToken.None);
        return new TempFile(data.ArchivePath, folder.FullName);
    }
}
