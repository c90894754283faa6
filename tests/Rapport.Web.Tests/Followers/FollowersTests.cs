using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Practices;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

public sealed class FollowersTests(FollowersApp app) : IClassFixture<FollowersApp>
{
    [Fact]
    public async Task Triage_ranks_followers_best_first_in_pages_with_the_strongest_points_evidence()
    {
        using var client = app.Factory.CreateClient();

        var first = await client.GetFromJsonAsync<JsonElement>("/api/followers?page=1&pageSize=5");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/followers?page=2&pageSize=5");

        Assert.True(first.GetProperty("undecided").GetInt32() > 5);
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var scores = first.GetProperty("followers").EnumerateArray().Concat(second.GetProperty("followers").EnumerateArray())
            .Select(f => f.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(10, scores.Count);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var firstIds = first.GetProperty("followers").EnumerateArray().Select(f => f.GetProperty("personId").GetInt64());
        Assert.Empty(firstIds.Intersect(second.GetProperty("followers").EnumerateArray().Select(f => f.GetProperty("personId").GetInt64())));
        var strongest = first.GetProperty("followers")[0].GetProperty("strongest");
        Assert.False(string.IsNullOrWhiteSpace(strongest.GetProperty("phrase").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(strongest.GetProperty("label").GetString()));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=51&pageSize=20", "page")]
    public async Task Paging_outside_the_ranked_window_is_a_validation_problem_naming_the_field(string query, string field)
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/api/followers?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_decision_is_remembered_and_the_follower_leaves_triage()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var ordinary = await OrdinaryAsync(client, 3);
        var followedBack = ordinary[1];
        var dismissed = ordinary[2];

        using var back = await client.PostAsJsonAsync($"/api/followers/{followedBack}/decision", new { decision = "followBack" });
        using var dismiss = await client.PostAsJsonAsync($"/api/followers/{dismissed}/decision", new { decision = "dismiss" });

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal("FollowedBack", (await back.JsonAsync()).GetProperty("decision").GetString());
        Assert.Equal(HttpStatusCode.OK, dismiss.StatusCode);
        Assert.Null(await TriageFollowers.FindAsync(client, f => f.GetProperty("personId").GetInt64() is var id && (id == followedBack || id == dismissed)));
    }

    [Fact]
    public async Task A_decision_must_be_one_the_app_knows_about_someone_in_the_ledger()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var someone = (await OrdinaryAsync(client, 1))[0];

        using var unknown = await client.PostAsJsonAsync($"/api/followers/{someone}/decision", new { decision = "maybe" });
        using var missing = await client.PostAsJsonAsync("/api/followers/999999999/decision", new { decision = "dismiss" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("decision", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Decisions_without_an_antiforgery_token_are_refused_on_the_api_and_the_page()
    {
        using var client = app.Factory.CreateBrowserClient();
        var someone = (await OrdinaryAsync(client, 1))[0];

        using var api = await client.PostAsJsonAsync($"/api/followers/{someone}/decision", new { decision = "dismiss" });
        using var form = await client.PostFormAsync("/followers?handler=Decide", ("personId", someone.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("decision", "dismiss"));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("Antiforgery token refused.", (await api.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.NotNull(await TriageFollowers.FindAsync(client, f => f.GetProperty("personId").GetInt64() == someone));
    }

    [Fact]
    public async Task The_page_shows_followers_with_their_evidence_and_records_a_decision_from_its_form()
    {
        using var client = app.Factory.CreateBrowserClient();
        var html = await client.GetStringAsync("/followers");
        Markup.AssertNoInlineScriptOrStyle(html);
        Assert.Contains("Followers to triage", html, StringComparison.Ordinal);
        Assert.Contains("class=\"evidence-phrase", html, StringComparison.Ordinal);
        var id = (await OrdinaryAsync(client, 1))[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = await client.FormTokenAsync("/followers");

        using var posted = await client.PostFormAsync("/followers?handler=Decide", ("__RequestVerificationToken", token), ("personId", id), ("decision", "dismiss"), ("name", "x"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/followers", posted.Headers.Location?.OriginalString);
        Assert.Null(await TriageFollowers.FindAsync(client, f => f.GetProperty("personId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/followers?p=0")).StatusCode);
    }

    [Fact]
    public async Task A_hostile_follower_name_and_bio_are_shown_as_text_on_the_triage_page()
    {
        using var client = app.Factory.CreateClient();
        var hostile = await TriageFollowers.FindAsync(client, f => TriageFollowers.Named(f, TriageFollowers.HostileName));
        Assert.NotNull(hostile);
        var page = 1 + (await PositionAsync(client, hostile.Value.GetProperty("personId").GetInt64()) / 20);

        var html = await client.GetStringAsync($"/followers?p={page}");

        Assert.Contains("&lt;script&gt;window.__pwned=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Mallory</b>", html, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(html);
    }

    [Fact]
    public async Task A_follower_without_a_handle_is_triaged_and_has_a_person_page_by_id()
    {
        using var client = app.Factory.CreateBrowserClient();
        var harriet = await TriageFollowers.FindAsync(client, f => f.GetProperty("handle").ValueKind == JsonValueKind.Null);
        Assert.NotNull(harriet);
        var path = harriet.Value.GetProperty("pagePath").GetString()!;
        var id = harriet.Value.GetProperty("personId").GetInt64();
        Assert.Equal($"/people/by-id/{id}", path);

        using var page = await client.GetAsync(path);
        var person = await client.GetFromJsonAsync<JsonElement>($"/api/people/by-id/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Connection points", html, StringComparison.Ordinal);
        Assert.Contains(person.GetProperty("name").GetString()!, html, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, person.GetProperty("handle").ValueKind);

        var token = await client.FormTokenAsync(path);
        using var noted = await client.PostFormAsync(path + "?handler=Note", ("__RequestVerificationToken", token), ("markdown", "Met at a meetup."));
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal(path, noted.Headers.Location?.OriginalString);
        Assert.Contains("Met at a meetup.", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    /// <summary>The best-ranked followers other than the two this class looks at, so deciding on them changes no other test.</summary>
    private static async Task<List<long>> OrdinaryAsync(HttpClient client, int count)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/followers?pageSize=20");
        return [.. page.GetProperty("followers").EnumerateArray()
            .Where(f => !TriageFollowers.Named(f, TriageFollowers.HostileName) && f.GetProperty("handle").ValueKind == JsonValueKind.String)
            .Take(count)
            .Select(f => f.GetProperty("personId").GetInt64())];
    }

    private static async Task<int> PositionAsync(HttpClient client, long personId)
    {
        var position = 0;
        for (var page = 1; page <= 10; page++)
        {
            var answer = await client.GetFromJsonAsync<JsonElement>($"/api/followers?page={page}&pageSize=100");
            foreach (var follower in answer.GetProperty("followers").EnumerateArray())
            {
                if (follower.GetProperty("personId").GetInt64() == personId)
                {
                    return position;
                }

                position++;
            }
        }

        throw new InvalidOperationException("The follower is not in triage.");
    }
}
