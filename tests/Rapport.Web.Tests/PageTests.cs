using System.Net;
using System.Net.Http.Json;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

public sealed class PageTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Untrusted_name_and_bio_are_encoded_on_the_person_page_the_listing_and_today()
    {
        await HostileProfile.AddAsync(app.Factory.Services);
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        (await client.PutAsJsonAsync($"/api/people/{HostileProfile.Handle}/cadence", new { cadence = "weekly" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/people/{HostileProfile.Handle}/notes", new { markdown = "<script>window.__pwned='note'</script>" })).EnsureSuccessStatusCode();

        var pages = new[]
        {
            await client.GetStringAsync($"/people/{HostileProfile.Handle}"),
            await client.GetStringAsync("/people?q=mallory"),
            await client.GetStringAsync("/today"),
        };

        foreach (var html in pages)
        {
            Assert.DoesNotContain("<script>window", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Mallory", html, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;Mallory&lt;/b&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;img src=x onerror=&quot;", pages[0], StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=&#x27;note&#x27;&lt;/script&gt;", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_returns_untrusted_text_as_json_strings_not_html()
    {
        await HostileProfile.AddAsync(app.Factory.Services);
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync($"/api/people/{HostileProfile.Handle}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HostileProfile.Bio, (await response.JsonAsync()).GetProperty("identities")[0].GetProperty("bio").GetString());
    }

    [Fact]
    public async Task Today_lists_due_people_with_forms_that_log_a_touch_and_the_person_leaves_the_queue()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, 60);
        var html = await client.GetStringAsync("/today");
        Assert.Contains($"data-person-id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"kind-{id}\">", html, StringComparison.Ordinal);
        var token = await client.FormTokenAsync("/today");

        using var response = await client.PostFormAsync("/today?handler=Touch", ("__RequestVerificationToken", token), ("personId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("kind", "dm"), ("note", "hello"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync("/today");
        Assert.Contains("Logged. Next due", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-person-id=\"{id}\"", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Snooze", "days", "7", "Snoozed: not due before")]
    [InlineData("Skip", "ignored", "x", "Skipped: next due")]
    public async Task Today_snooze_and_skip_forms_take_the_person_out_of_today(string handler, string field, string value, string message)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, handler == "Snooze" ? 61 : 62);
        var token = await client.FormTokenAsync("/today");

        using var response = await client.PostFormAsync($"/today?handler={handler}", ("__RequestVerificationToken", token), ("personId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (field, value));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync("/today");
        Assert.Contains(message, after, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-person-id=\"{id}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_error_is_shown_as_an_alert()
    {
        using var client = app.Factory.CreateBrowserClient();
        var token = await client.FormTokenAsync("/today");

        await client.PostFormAsync("/today?handler=Touch", ("__RequestVerificationToken", token), ("personId", "987654"), ("kind", "dm"));

        Assert.Contains("role=\"alert\">No cadence applies to person 987654", await client.GetStringAsync("/today"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_page_forms_add_a_note_set_a_cadence_put_on_a_list_and_log_a_touch()
    {
        using var client = app.Factory.CreateBrowserClient();
        var (_, handle) = await DemoPeople.NthAsync(client, 70);
        var page = $"/people/{handle}";

        async Task<string> PostAsync(string handler, params (string, string)[] fields)
        {
            var token = await client.FormTokenAsync(page);
            using var response = await client.PostFormAsync($"{page}?handler={handler}", [("__RequestVerificationToken", token), .. fields]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return await client.GetStringAsync(page);
        }

        Assert.Contains("Note added.", await PostAsync("Note", ("markdown", "Likes <em>jazz</em>")), StringComparison.Ordinal);
        Assert.Contains("Likes &lt;em&gt;jazz&lt;/em&gt;", await client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains("monthly: ", await PostAsync("Cadence", ("cadence", "monthly")), StringComparison.Ordinal);
        Assert.Contains("Added to Neighbours.", await PostAsync("AddToList", ("list", "Neighbours")), StringComparison.Ordinal);
        Assert.Contains("Removed from Neighbours.", await PostAsync("RemoveFromList", ("list", "Neighbours")), StringComparison.Ordinal);
        Assert.Contains("Touch logged.", await PostAsync("Touch", ("kind", "manual"), ("note", "met at the market")), StringComparison.Ordinal);
        Assert.Contains("role=\"alert\">A note needs some text.", await PostAsync("Note", ("markdown", " ")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_people_page_searches_and_pages()
    {
        using var client = app.Factory.CreateBrowserClient();

        var first = await client.GetStringAsync("/people");
        var next = System.Text.RegularExpressions.Regex.Match(first, "rel=\"next\" href=\"(/people\\?after=[^\"]+)\"").Groups[1].Value;
        var second = await client.GetStringAsync(System.Net.WebUtility.HtmlDecode(next));
        var search = await client.GetStringAsync("/people?q=corgi");
        var invalid = await client.GetStringAsync("/people?p=0");

        Assert.NotEmpty(next);
        Assert.DoesNotContain(">First page<", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/people\">First page<", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/people/iandogs\"", search, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">", search, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", invalid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_person_page_is_404()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync("/people/nobody_here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_navigation_marks_the_current_page_and_lists_the_built_practices()
    {
        using var client = app.Factory.CreateBrowserClient();

        var html = await client.GetStringAsync("/people");

        Assert.Contains("<a href=\"/people\" aria-current=\"page\">People</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/today\">Today</a>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">Today<", StringComparison.Ordinal) < html.IndexOf(">People<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Static_assets_are_served_locally()
    {
        using var client = app.Factory.CreateBrowserClient();

        foreach (var asset in new[] { "/css/site.css", "/js/site.js", "/js/upload.js", "/favicon.svg" })
        {
            using var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
