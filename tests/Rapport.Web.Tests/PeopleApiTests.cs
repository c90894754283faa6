using System.Net;
using System.Net.Http.Json;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

public sealed class PeopleApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_listing_pages_by_cursor_through_people_by_handle_each_once()
    {
        using var client = app.Factory.CreateBrowserClient();

        var first = await (await client.GetAsync("/api/people?pageSize=5")).JsonAsync();
        var next = first.GetProperty("next").GetString();
        var second = await (await client.GetAsync("/api/people?pageSize=5&after=" + Uri.EscapeDataString(next!))).JsonAsync();
        var byOffset = await (await client.GetAsync("/api/people?pageSize=5&page=2")).JsonAsync();

        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var rows = first.GetProperty("people").EnumerateArray().Concat(second.GetProperty("people").EnumerateArray()).ToList();
        Assert.Equal(10, rows.Select(p => p.GetProperty("personId").GetInt64()).Distinct().Count());
        var handles = rows.Select(p => p.GetProperty("handle").GetString()!.ToLowerInvariant()).ToList();
        Assert.Equal(handles.Order(StringComparer.Ordinal), handles);
        Assert.Equal(
            second.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetInt64()),
            byOffset.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetInt64()));
    }

    [Fact]
    public async Task Filters_and_a_made_up_cursor_are_answered()
    {
        using var client = app.Factory.CreateBrowserClient();

        var following = await (await client.GetAsync("/api/people?youFollow=true&pageSize=200")).JsonAsync();
        using var badCursor = await client.GetAsync("/api/people?after=bm9wZQ");
        using var badSort = await client.GetAsync("/api/people?sort=loudest");

        Assert.All(following.GetProperty("people").EnumerateArray(), p => Assert.True(p.GetProperty("youFollow").GetBoolean()));
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Fact]
    public async Task A_person_is_reached_by_id_through_the_api_and_the_page()
    {
        using var client = app.Factory.CreateBrowserClient();
        var row = (await (await client.GetAsync("/api/people?pageSize=1")).JsonAsync()).GetProperty("people")[0];
        var id = row.GetProperty("personId").GetInt64();

        var person = await (await client.GetAsync($"/api/people/by-id/{id}")).JsonAsync();
        using var page = await client.GetAsync($"/people/by-id/{id}");
        using var missing = await client.GetAsync("/api/people/by-id/987654321");

        Assert.Equal(id, person.GetProperty("personId").GetInt64());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/people/" + Uri.EscapeDataString(row.GetProperty("handle").GetString()!), page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_search_matches_bios_and_the_last_page_says_there_is_no_more()
    {
        using var client = app.Factory.CreateBrowserClient();

        var page = await (await client.GetAsync("/api/people?q=corgi&pageSize=200")).JsonAsync();

        var people = page.GetProperty("people").EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Contains("corgi", (p.GetProperty("bio").GetString() ?? string.Empty) + p.GetProperty("displayName").GetString() + p.GetProperty("handle").GetString() + p.GetProperty("location").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=100000", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Listing_parameters_out_of_range_are_a_validation_problem(string query, string field)
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync("/api/people?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_search_longer_than_the_limit_is_a_validation_problem()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync("/api/people?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task A_person_shows_identities_reciprocity_cadence_and_the_timeline()
    {
        using var client = app.Factory.CreateBrowserClient();

        var person = await (await client.GetAsync("/api/people/@iandogs")).JsonAsync();

        Assert.Equal("iandogs", person.GetProperty("handle").GetString());
        Assert.Equal("X", person.GetProperty("identities")[0].GetProperty("network").GetString());
        Assert.NotEmpty(person.GetProperty("touches").EnumerateArray());
        Assert.True(person.GetProperty("reciprocity").GetProperty("out365").GetInt32() >= 0);
        Assert.Contains("weekly", person.GetProperty("cadence").GetProperty("tiers").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Someone_not_in_the_ledger_is_a_404_problem_on_every_route()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        var responses = new[]
        {
            await client.GetAsync("/api/people/nobody_here"),
            await client.PostAsJsonAsync("/api/people/nobody_here/notes", new { markdown = "x" }),
            await client.PutAsJsonAsync("/api/people/nobody_here/cadence", new { cadence = "weekly" }),
            await client.PostAsJsonAsync("/api/people/nobody_here/touches", new { kind = "dm" }),
            await client.PostAsJsonAsync("/api/people/nobody_here/lists", new { list = "friends" }),
            await client.DeleteAsync("/api/people/nobody_here/lists/friends"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All(responses, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Notes_are_added_newest_first_and_validated()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (_, handle) = await DemoPeople.NthAsync(client, 20);

        using var empty = await client.PostAsJsonAsync($"/api/people/{handle}/notes", new { markdown = "  " });
        using var tooLong = await client.PostAsJsonAsync($"/api/people/{handle}/notes", new { markdown = new string('n', 20_001) });
        using var first = await client.PostAsJsonAsync($"/api/people/{handle}/notes", new { markdown = "Met at **the meetup**" });
        using var second = await client.PostAsJsonAsync($"/api/people/{handle}/notes", new { markdown = "Sent the article" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var notes = (await (await client.GetAsync($"/api/people/{handle}")).JsonAsync()).GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("markdown").GetString()).ToList();
        Assert.Equal(["Sent the article", "Met at **the meetup**"], notes);
    }

    [Theory]
    [InlineData("monthly", "monthly", true)]
    [InlineData("10d", "every 10 days", true)]
    [InlineData("off", null, true)]
    [InlineData("inherit", null, false)]
    public async Task A_cadence_is_set_by_tier_interval_off_or_inherit(string given, string? applies, bool own)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (_, handle) = await DemoPeople.NthAsync(client, 30);

        using var response = await client.PutAsJsonAsync($"/api/people/{handle}/cadence", new { cadence = given });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cadence = (await (await client.GetAsync($"/api/people/{handle}")).JsonAsync()).GetProperty("cadence");
        Assert.Equal(applies, cadence.GetProperty("cadence").GetString());
        Assert.Equal(own && applies is not null, cadence.GetProperty("ownSetting").GetBoolean());
    }

    [Theory]
    [InlineData("sometimes")]
    [InlineData("")]
    public async Task An_unknown_cadence_is_a_validation_problem(string given)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PutAsJsonAsync("/api/people/iandogs/cadence", new { cadence = given });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("cadence", out _));
    }

    [Fact]
    public async Task A_person_is_put_on_a_new_list_and_taken_off_it()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (_, handle) = await DemoPeople.NthAsync(client, 40);

        using var added = await client.PostAsJsonAsync($"/api/people/{handle}/lists", new { list = "Book club" });
        var lists = (await (await client.GetAsync($"/api/people/{handle}")).JsonAsync()).GetProperty("lists").EnumerateArray().Select(l => l.GetString());
        using var removed = await client.DeleteAsync($"/api/people/{handle}/lists/Book%20club");
        using var again = await client.DeleteAsync($"/api/people/{handle}/lists/Book%20club");
        using var nameless = await client.PostAsJsonAsync($"/api/people/{handle}/lists", new { list = " " });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Book club", lists);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
    }

    [Fact]
    public async Task A_touch_logged_with_a_person_appears_first_in_their_timeline()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (_, handle) = await DemoPeople.NthAsync(client, 50);

        using var response = await client.PostAsJsonAsync($"/api/people/{handle}/touches", new { kind = "chat", note = "coffee" });
        using var invalid = await client.PostAsJsonAsync($"/api/people/{handle}/touches", new { kind = "telepathy" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var newest = (await (await client.GetAsync($"/api/people/{handle}")).JsonAsync()).GetProperty("touches")[0];
        Assert.Equal("coffee", newest.GetProperty("note").GetString());
        Assert.Equal("Out", newest.GetProperty("direction").GetString());
    }
}
