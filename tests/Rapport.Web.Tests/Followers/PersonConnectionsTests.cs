using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Practices;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

public sealed class PersonConnectionsTests(FollowersApp app) : IClassFixture<FollowersApp>
{
    [Fact]
    public async Task Connection_points_carry_evidence_and_openers_carry_their_x_count()
    {
        using var client = app.Factory.CreateClient();
        var (id, _) = await WithPointsAsync(client, 0);

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/connections/{id}");
        var openers = await client.GetFromJsonAsync<JsonElement>($"/api/openers/{id}");

        Assert.All(found.GetProperty("points").EnumerateArray(), point =>
        {
            var evidence = point.GetProperty("evidence");
            Assert.True(evidence.GetArrayLength() > 0);
            Assert.All(evidence.EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("phrase").GetString())));
        });
        Assert.True(openers.GetArrayLength() > 0);
        Assert.All(openers.EnumerateArray(), opener =>
        {
            Assert.Equal(280, opener.GetProperty("xLimit").GetInt32());
            Assert.InRange(opener.GetProperty("xLength").GetInt32(), 1, 280);
            Assert.True(opener.GetProperty("fitsX").GetBoolean());
        });
    }

    [Fact]
    public async Task A_confirmed_point_is_kept_as_a_fact_and_a_dismissed_one_is_not_suggested_again()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, points) = await WithPointsAsync(client, 1, minimum: 2);
        var confirm = points[0].GetProperty("id").GetString();
        var dismiss = points[1].GetProperty("id").GetString();

        using var confirmed = await client.PostAsJsonAsync($"/api/connections/{id}/decisions", new { pointId = confirm, decision = "confirm" });
        using var dismissed = await client.PostAsJsonAsync($"/api/connections/{id}/decisions", new { pointId = dismiss, decision = "dismiss" });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Confirmed", (await confirmed.JsonAsync()).GetProperty("decision").GetString());
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        var after = (await client.GetFromJsonAsync<JsonElement>($"/api/connections/{id}")).GetProperty("points").EnumerateArray().ToList();
        Assert.True(Assert.Single(after, p => p.GetProperty("id").GetString() == confirm).GetProperty("confirmed").GetBoolean());
        Assert.DoesNotContain(after, p => p.GetProperty("id").GetString() == dismiss);
    }

    [Fact]
    public async Task Bad_decisions_are_validation_problems_naming_the_field_and_unknown_points_or_people_are_not_found()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, points) = await WithPointsAsync(client, 2);
        var point = points[0].GetProperty("id").GetString();

        using var noDecision = await client.PostAsJsonAsync($"/api/connections/{id}/decisions", new { pointId = point, decision = "love" });
        using var noPoint = await client.PostAsJsonAsync($"/api/connections/{id}/decisions", new { pointId = "", decision = "confirm" });
        using var unknownPoint = await client.PostAsJsonAsync($"/api/connections/{id}/decisions", new { pointId = "interest:underwater-basketry", decision = "confirm" });
        using var unknownPerson = await client.PostAsJsonAsync("/api/connections/999999999/decisions", new { pointId = point, decision = "confirm" });

        Assert.True((await noDecision.JsonAsync()).GetProperty("errors").TryGetProperty("decision", out _));
        Assert.True((await noPoint.JsonAsync()).GetProperty("errors").TryGetProperty("pointId", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknownPoint.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/connections/999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/openers/999999999")).StatusCode);
    }

    [Fact]
    public async Task Decisions_and_drafts_without_an_antiforgery_token_are_refused()
    {
        using var client = app.Factory.CreateBrowserClient();
        var (id, points) = await WithPointsAsync(client, 3);
        var point = points[0].GetProperty("id").GetString()!;

        using var api = await client.PostAsJsonAsync($"/api/connections/{id}/decisions", new { pointId = point, decision = "confirm" });
        using var draft = await client.PostAsJsonAsync($"/api/openers/{id}/drafts", new { pointId = point });
        using var form = await client.PostFormAsync($"/people/by-id/{id}?handler=Point", ("pointId", point), ("decision", "confirm"));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, draft.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>($"/api/connections/{id}")).GetProperty("points").EnumerateArray(), p => p.GetProperty("confirmed").GetBoolean());
    }

    [Fact]
    public async Task The_person_page_shows_points_and_openers_and_confirms_a_point_from_its_form()
    {
        using var client = app.Factory.CreateBrowserClient();
        var (id, points) = await WithPointsAsync(client, 4);
        var handle = (await client.GetFromJsonAsync<JsonElement>($"/api/people/by-id/{id}")).GetProperty("handle").GetString()!;
        var path = "/people/" + Uri.EscapeDataString(handle);
        var html = await client.GetStringAsync(path);
        Markup.AssertNoInlineScriptOrStyle(html);
        Assert.Contains("Connection points", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/copy.js", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"opener-1\"", html, StringComparison.Ordinal);
        Assert.Matches("X: \\d+ / 280", html);
        var point = points[0].GetProperty("id").GetString()!;
        var token = await client.FormTokenAsync(path);

        using var posted = await client.PostFormAsync(path + "?handler=Point", ("__RequestVerificationToken", token), ("pointId", point), ("decision", "confirm"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(path, posted.Headers.Location?.OriginalString);
        Assert.Contains(", confirmed", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_opener_goes_to_the_composer_as_a_draft()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await WithPointsAsync(client, 5);
        var opener = (await client.GetFromJsonAsync<JsonElement>($"/api/openers/{id}"))[0];

        using var drafted = await client.PostAsJsonAsync($"/api/openers/{id}/drafts", new { pointId = opener.GetProperty("pointId").GetString() });
        using var missing = await client.PostAsJsonAsync($"/api/openers/{id}/drafts", new { pointId = "interest:underwater-basketry" });
        using var invalid = await client.PostAsJsonAsync($"/api/openers/{id}/drafts", new { pointId = " " });

        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        var draft = await drafted.JsonAsync();
        Assert.Equal(opener.GetProperty("text").GetString(), draft.GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True((await invalid.JsonAsync()).GetProperty("errors").TryGetProperty("pointId", out _));

        var handle = (await client.GetFromJsonAsync<JsonElement>($"/api/people/by-id/{id}")).GetProperty("handle").GetString()!;
        var page = "/people/" + Uri.EscapeDataString(handle);
        var token = await client.FormTokenAsync(page);
        using var fromPage = await client.PostFormAsync(page + "?handler=ComposeOpener", ("__RequestVerificationToken", token), ("pointId", opener.GetProperty("pointId").GetString()!));
        Assert.Equal(HttpStatusCode.Redirect, fromPage.StatusCode);
        var composer = fromPage.Headers.Location!.OriginalString;
        Assert.StartsWith("/compose?draft=", composer, StringComparison.Ordinal);
        var id2 = long.Parse(composer["/compose?draft=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var kept = await client.GetFromJsonAsync<JsonElement>($"/api/compose/drafts/{id2}");
        Assert.Equal(opener.GetProperty("text").GetString(), kept.GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(composer)).StatusCode);
    }

    [Fact]
    public async Task A_hostile_bio_quoted_as_evidence_is_shown_as_text()
    {
        using var client = app.Factory.CreateClient();
        var hostile = await TriageFollowers.FindAsync(client, f => TriageFollowers.Named(f, TriageFollowers.HostileName));
        Assert.NotNull(hostile);

        var html = await client.GetStringAsync("/people/eve_xss");

        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=", html, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(html);
    }

    /// <summary>The <paramref name="index"/>th of the triage followers with at least <paramref name="minimum"/> points and a handle, so tests act on different people.</summary>
    private static async Task<(long Id, List<JsonElement> Points)> WithPointsAsync(HttpClient client, int index, int minimum = 1)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/followers?pageSize=60");
        var found = 0;
        foreach (var follower in page.GetProperty("followers").EnumerateArray())
        {
            if (follower.GetProperty("handle").ValueKind != JsonValueKind.String || TriageFollowers.Named(follower, TriageFollowers.HostileName))
            {
                continue;
            }

            var id = follower.GetProperty("personId").GetInt64();
            var points = (await client.GetFromJsonAsync<JsonElement>($"/api/connections/{id}")).GetProperty("points").EnumerateArray().ToList();
            if (points.Count >= minimum && points.Any(p => p.GetProperty("evidence").EnumerateArray().Any(e => !e.GetProperty("fromEgo").GetBoolean())) && found++ == index)
            {
                return (id, points);
            }
        }

        throw new InvalidOperationException("Too few followers with connection points in the sample account.");
    }
}
