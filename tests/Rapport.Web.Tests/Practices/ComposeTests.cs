using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Testing;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

public sealed class ComposeTests(ComposeApp app) : IClassFixture<ComposeApp>
{
    private const string Link = "https://example.com/coffee";

    [Fact]
    public async Task The_preview_counts_each_network_exactly_a_link_costing_what_the_network_charges()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsJsonAsync("/api/compose/preview", new
        {
            comment = "Hello",
            url = "https://example.com/a/very/long/path/that/is/much/longer/than/twenty/three/characters",
            networks = new[] { "x", "x140", "mastodon", "bluesky", "linkedin", "facebook" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var versions = (await response.JsonAsync()).GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("network").GetString()!);
        Assert.Equal(["x", "x140", "mastodon", "bluesky", "linkedin", "facebook"], versions.Keys);
        var x = versions["x"].GetProperty("posts")[0];
        Assert.Equal("Hello\n\nhttps://example.com/a/very/long/path/that/is/much/longer/than/twenty/three/characters", x.GetProperty("text").GetString());
        Assert.Equal(5 + 2 + 23, x.GetProperty("length").GetInt32());
        Assert.Equal(280, x.GetProperty("limit").GetInt32());
        Assert.Equal(140, versions["x140"].GetProperty("posts")[0].GetProperty("limit").GetInt32());
        Assert.Equal(5 + 2 + 23, versions["mastodon"].GetProperty("posts")[0].GetProperty("length").GetInt32());
        Assert.Equal(500, versions["mastodon"].GetProperty("posts")[0].GetProperty("limit").GetInt32());
        Assert.Equal(300, versions["bluesky"].GetProperty("posts")[0].GetProperty("limit").GetInt32());
        Assert.Equal(3000, versions["bluesky"].GetProperty("posts")[0].GetProperty("byteLimit").GetInt32());
        Assert.All(versions.Values, v => Assert.True(v.GetProperty("fits").GetBoolean()));
        Assert.StartsWith("https://x.com/intent/post?text=Hello", versions["x"].GetProperty("shareIntentUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_too_long_for_x_classic_is_trimmed_there_and_kept_whole_elsewhere()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var quote = string.Join(' ', Enumerable.Repeat("patience", 30));

        using var response = await client.PostAsJsonAsync("/api/compose/preview", new { comment = "Worth it", quote, networks = new[] { "x140", "mastodon" } });

        var versions = (await response.JsonAsync()).GetProperty("versions");
        Assert.True(versions[0].GetProperty("quoteTrimmed").GetBoolean());
        Assert.True(versions[0].GetProperty("posts")[0].GetProperty("length").GetInt32() <= 140);
        Assert.False(versions[1].GetProperty("quoteTrimmed").GetBoolean());
        Assert.Contains(quote, versions[1].GetProperty("posts")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("networks", "{\"comment\":\"hi\",\"networks\":[\"myspace\"]}")]
    [InlineData("url", "{\"comment\":\"hi\",\"url\":\"javascript:alert(1)\"}")]
    [InlineData("credits", "{\"comment\":\"hi\",\"credits\":\"@\"}")]
    public async Task The_preview_refuses_what_cannot_be_composed_with_a_validation_problem(string field, string json)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsync("/api/compose/preview", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Calls_without_an_antiforgery_token_are_refused()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var preview = await client.PostAsJsonAsync("/api/compose/preview", new { comment = "hi" });
        using var save = await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal("Antiforgery token refused.", (await save.JsonAsync()).GetProperty("title").GetString());
        Assert.DoesNotContain((await (await client.GetAsync("/api/compose/drafts")).JsonAsync()).EnumerateArray(), d => d.GetProperty("comment").GetString() == "hi");
    }

    [Fact]
    public async Task A_draft_is_saved_read_edited_and_deleted_through_the_api()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var empty = await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.JsonAsync()).GetProperty("errors").TryGetProperty("comment", out _));

        using var saved = await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "Read this", url = Link, credits = "@ana ana@social.example", hashtags = "#coffee, brew", networks = new[] { "x", "mastodon" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await saved.JsonAsync();
        var id = draft.GetProperty("id").GetInt64();
        Assert.Equal(["coffee", "brew"], draft.GetProperty("hashtags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("via @ana", draft.GetProperty("versions")[0].GetProperty("posts")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        using var edited = await client.PutAsJsonAsync($"/api/compose/drafts/{id}", new { comment = "Read this now", networks = new[] { "bluesky" } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/compose/drafts/{id}");
        Assert.Equal("Read this now", read.GetProperty("comment").GetString());
        Assert.Equal("bluesky", read.GetProperty("versions")[0].GetProperty("network").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/compose/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/compose/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/compose/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/compose/drafts/{id}", new { comment = "gone" })).StatusCode);
    }

    [Fact]
    public async Task A_passage_picked_from_the_article_is_checked_against_the_page_and_its_position_kept()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        var link = app.Site.ArticleUrl;
        using var fetched = await client.PostAsJsonAsync("/api/compose/article", new { url = link });
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        var article = await fetched.JsonAsync();
        Assert.Equal(3, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(["@barista"], article.GetProperty("authorHandles").EnumerateArray().Select(h => h.GetString()));

        using var found = await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "Patience pays", url = link, quote = LocalArticleSite.Passage, fromArticle = true });
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var draft = await found.JsonAsync();
        Assert.Contains("#:~:text=", draft.GetProperty("textFragmentLink").GetString(), StringComparison.Ordinal);
        Assert.Contains("@barista", draft.GetProperty("credits").EnumerateArray().Select(c => c.GetString()));

        using var absent = await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "x", url = link, quote = "words the page never says", fromArticle = true });
        using var twice = await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "x", url = link, quote = "Brewing slowly", fromArticle = true });
        Assert.Equal(HttpStatusCode.BadRequest, absent.StatusCode);
        Assert.True((await absent.JsonAsync()).GetProperty("errors").TryGetProperty("quote", out _));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.True((await twice.JsonAsync()).GetProperty("errors").TryGetProperty("quote", out _));
    }

    [Fact]
    public async Task An_article_that_cannot_be_read_is_a_validation_problem_not_a_server_error()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var missing = await client.PostAsJsonAsync("/api/compose/article", new { url = app.Site.MissingUrl });
        using var notUrl = await client.PostAsJsonAsync("/api/compose/article", new { url = "file:///etc/passwd" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("404", (await missing.JsonAsync()).GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notUrl.StatusCode);
    }

    [Fact]
    public async Task The_page_works_without_script_previewing_and_saving_by_submitting_the_form()
    {
        using var client = app.Factory.CreateBrowserClient();
        var page = await client.GetStringAsync("/compose");
        Assert.Contains("data-compose-form", page, StringComparison.Ordinal);
        Assert.Contains("/js/compose.js", page, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(page);
        var token = await client.FormTokenAsync("/compose");

        using var refused = await client.PostFormAsync("/compose?handler=Preview", ("comment", "no token"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var preview = await client.PostFormAsync("/compose?handler=Preview", ("__RequestVerificationToken", token), ("comment", "<script>window.__pwned='comment'</script>"), ("networks", "x"));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.DoesNotContain("<script>window", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=&#x27;comment&#x27;&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("41 of 280", html, StringComparison.Ordinal);

        using var saved = await client.PostFormAsync("/compose?handler=Save", ("__RequestVerificationToken", token), ("comment", "<b>bold</b> claim"), ("url", Link), ("networks", "x"), ("networks", "linkedin"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draftPage = await client.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; claim", draftPage, StringComparison.Ordinal);
        Assert.Contains("https://x.com/intent/post?text=%3Cb%3Ebold%3C%2Fb%3E", draftPage, StringComparison.Ordinal);
        Assert.Contains("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fcoffee", draftPage, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(draftPage);
    }

    [Fact]
    public async Task A_fetched_article_is_shown_as_text_for_selecting_a_passage()
    {
        using var client = app.Factory.CreateBrowserClient();
        var token = await client.FormTokenAsync("/compose");

        using var fetched = await client.PostFormAsync("/compose?handler=Fetch", ("__RequestVerificationToken", token), ("url", app.Site.ArticleUrl), ("networks", "x"));
        var html = await fetched.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Contains("data-article-text", html, StringComparison.Ordinal);
        Assert.Contains(LocalArticleSite.Passage, html, StringComparison.Ordinal);
        // The extractor reads markup out of a title; whatever is left is shown as text, never as markup.
        Assert.Contains("id=\"article-heading\">Slow coffee</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>coffee</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_listed_and_deleted_from_their_page()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var id = (await (await client.PostAsJsonAsync("/api/compose/drafts", new { comment = "A draft to delete", networks = new[] { "x" } })).JsonAsync()).GetProperty("id").GetInt64();
        var list = await client.GetStringAsync("/compose/drafts");
        Assert.Contains("A draft to delete", list, StringComparison.Ordinal);
        var token = await client.FormTokenAsync("/compose/drafts");

        using var deleted = await client.PostFormAsync("/compose/drafts?handler=Delete", ("__RequestVerificationToken", token), ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("A draft to delete", await client.GetStringAsync("/compose/drafts"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/compose/drafts/{id}")).StatusCode);
    }
}
