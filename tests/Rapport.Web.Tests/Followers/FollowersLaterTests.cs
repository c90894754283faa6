using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Practices;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

public sealed class FollowersLaterTests(FollowersApp app) : IClassFixture<FollowersApp>
{
    [Fact]
    public async Task A_follower_decided_later_on_the_api_ranks_after_everyone_undecided_until_dismissed()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/followers?pageSize=20");
        var someone = FirstUndecided(before);

        using var later = await client.PostAsJsonAsync($"/api/followers/{someone}/decision", new { decision = "later" });

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal("Later", (await later.JsonAsync()).GetProperty("decision").GetString());
        var counts = await client.GetFromJsonAsync<JsonElement>("/api/followers?pageSize=20");
        Assert.Equal(before.GetProperty("undecided").GetInt32() - 1, counts.GetProperty("undecided").GetInt32());
        Assert.Equal(before.GetProperty("later").GetInt32() + 1, counts.GetProperty("later").GetInt32());
        var all = await AllAsync(client);
        var position = all.FindIndex(f => f.GetProperty("personId").GetInt64() == someone);
        Assert.True(position >= 0, "the follower decided later left triage");
        Assert.Equal(JsonValueKind.String, all[position].GetProperty("decidedLaterAt").ValueKind);
        // Others may have been decided later too: among those put off, the usual order holds.
        Assert.True(all.FindLastIndex(f => f.GetProperty("decidedLaterAt").ValueKind == JsonValueKind.Null) < position);
        Assert.All(all.Skip(position), f => Assert.Equal(JsonValueKind.String, f.GetProperty("decidedLaterAt").ValueKind));
        var laterScores = all.Where(f => f.GetProperty("decidedLaterAt").ValueKind == JsonValueKind.String).Select(f => f.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(laterScores.OrderByDescending(s => s), laterScores);

        using var dismiss = await client.PostAsJsonAsync($"/api/followers/{someone}/decision", new { decision = "dismiss" });

        Assert.Equal(HttpStatusCode.OK, dismiss.StatusCode);
        Assert.DoesNotContain(await AllAsync(client), f => f.GetProperty("personId").GetInt64() == someone);
        Assert.Equal(before.GetProperty("later").GetInt32(), (await client.GetFromJsonAsync<JsonElement>("/api/followers")).GetProperty("later").GetInt32());
    }

    [Fact]
    public async Task An_unknown_decision_is_a_problem_naming_the_decisions_allowed()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var someone = FirstUndecided(await client.GetFromJsonAsync<JsonElement>("/api/followers?pageSize=20"));

        using var unknown = await client.PostAsJsonAsync($"/api/followers/{someone}/decision", new { decision = "someday" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var message = (await unknown.JsonAsync()).GetProperty("errors").GetProperty("decision")[0].GetString()!;
        Assert.All(["followBack", "dismiss", "later"], allowed => Assert.Contains(allowed, message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pages_later_button_keeps_the_follower_on_a_later_page_marked_with_the_date()
    {
        using var client = app.Factory.CreateBrowserClient();
        var first = await client.GetStringAsync("/followers");
        Markup.AssertNoInlineScriptOrStyle(first);
        Assert.Contains("value=\"later\"", first, StringComparison.Ordinal);
        var id = FirstUndecided(await client.GetFromJsonAsync<JsonElement>("/api/followers?pageSize=20")).ToString(CultureInfo.InvariantCulture);
        var token = await client.FormTokenAsync("/followers");

        using var posted = await client.PostFormAsync("/followers?handler=Decide", ("__RequestVerificationToken", token), ("personId", id), ("decision", "later"), ("name", "x"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var all = await AllAsync(client);
        var position = all.FindIndex(f => f.GetProperty("personId").GetInt64().ToString(CultureInfo.InvariantCulture) == id);
        Assert.True(position >= 0, "the follower decided later left triage");
        var day = all[position].GetProperty("decidedLaterAt").GetDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var html = await client.GetStringAsync($"/followers?p={1 + (position / 20)}");
        var card = html[html.IndexOf($"name=\"personId\" value=\"{id}\"", StringComparison.Ordinal)..];
        Assert.Contains("Decided later on <time", html, StringComparison.Ordinal);
        Assert.Contains($">{day}</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"later\"", card[..card.IndexOf("</form>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("decided later", html, StringComparison.Ordinal);
    }

    private static long FirstUndecided(JsonElement page) =>
        page.GetProperty("followers").EnumerateArray()
            .First(f => f.GetProperty("decidedLaterAt").ValueKind == JsonValueKind.Null && !TriageFollowers.Named(f, TriageFollowers.HostileName))
            .GetProperty("personId").GetInt64();

    private static async Task<List<JsonElement>> AllAsync(HttpClient client)
    {
        var all = new List<JsonElement>();
        for (var page = 1; page <= 10; page++)
        {
            var answer = await client.GetFromJsonAsync<JsonElement>($"/api/followers?page={page}&pageSize=100");
            all.AddRange(answer.GetProperty("followers").EnumerateArray());
            if (!answer.GetProperty("hasMore").GetBoolean())
            {
                break;
            }
        }

        return all;
    }
}
