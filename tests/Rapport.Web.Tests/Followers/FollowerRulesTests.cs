using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Practices;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

public sealed class FollowerRulesTests(FollowersApp app) : IClassFixture<FollowersApp>
{
    [Theory]
    [InlineData("")]
    [InlineData("bio mentions coffee")]
    [InlineData("bio mentions coffee -> teleport")]
    public async Task A_rule_that_does_not_parse_is_refused_with_the_parsers_message_under_text(string text)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsJsonAsync("/api/followers/rules", new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString();
        Assert.Contains("column", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_page_shows_the_parsers_error_next_to_the_field_and_keeps_what_was_typed()
    {
        using var client = app.Factory.CreateBrowserClient();
        var token = await client.FormTokenAsync("/followers/rules");

        using var response = await client.PostFormAsync("/followers/rules?handler=Add", ("__RequestVerificationToken", token), ("text", "bio mentions <b>coffee</b> -> fly"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<span id=\"rule-text-error\" class=\"field-error\">The rule does not read: column \\d+", html);
        Assert.Contains("value=\"bio mentions &lt;b&gt;coffee&lt;/b&gt; -&gt; fly\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(html);
    }

    [Fact]
    public async Task Rules_are_added_previewed_applied_only_as_previewed_and_removed()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        using var added = await client.PostAsJsonAsync("/api/followers/rules", new { text = "bio mentions coffee -> add to list Coffee followers, cadence monthly" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var ruleId = (await added.JsonAsync()).GetProperty("id").GetInt64();
        Assert.Contains(ruleId, (await client.GetFromJsonAsync<JsonElement>("/api/followers/rules")).EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));

        var preview = await client.GetFromJsonAsync<JsonElement>("/api/followers/rules/preview");
        var planned = preview.GetProperty("people").EnumerateArray().ToList();
        Assert.NotEmpty(planned);
        Assert.Contains(planned, p => p.GetProperty("name").GetString() == TriageFollowers.HostileName);
        Assert.All(planned, p => Assert.Equal(2, p.GetProperty("actions").GetArrayLength()));
        var plan = preview.GetProperty("plan").GetString();
        var previewPage = await client.GetStringAsync("/followers/rules?preview=true");
        Assert.Contains("add to list &quot;Coffee followers&quot;", previewPage, StringComparison.Ordinal);
        Assert.Contains($"name=\"plan\" value=\"{plan}\"", previewPage, StringComparison.Ordinal);

        using var stale = await client.PostAsJsonAsync("/api/followers/rules/apply", new { plan = "0123456789abcdef0123456789abcdef" });
        using var none = await client.PostAsJsonAsync("/api/followers/rules/apply", new { plan = "" });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.True((await stale.JsonAsync()).GetProperty("errors").TryGetProperty("plan", out _));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Null(await ListAsync(client, "Coffee followers"));

        using var applied = await client.PostAsJsonAsync("/api/followers/rules/apply", new { plan });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var result = await applied.JsonAsync();
        Assert.Equal(planned.Count, result.GetProperty("people").GetInt32());
        Assert.Equal(planned.Count, result.GetProperty("listAdditions").GetInt32());
        Assert.Equal(planned.Count, result.GetProperty("cadencesSet").GetInt32());
        Assert.Equal(planned.Count, (await ListAsync(client, "Coffee followers"))?.GetProperty("members").GetInt32());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/followers/rules/preview")).GetProperty("people").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/followers/rules/{ruleId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/followers/rules/{ruleId}")).StatusCode);
    }

    [Fact]
    public async Task The_rules_page_adds_and_removes_a_rule_and_refuses_forms_without_a_token()
    {
        using var client = app.Factory.CreateBrowserClient();
        var token = await client.FormTokenAsync("/followers/rules");

        using var refused = await client.PostFormAsync("/followers/rules?handler=Add", ("text", "name mentions zebra -> dismiss"));
        using var added = await client.PostFormAsync("/followers/rules?handler=Add", ("__RequestVerificationToken", token), ("text", "name mentions zebra -> dismiss"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var rules = (await client.GetFromJsonAsync<JsonElement>("/api/followers/rules")).EnumerateArray().ToList();
        var rule = Assert.Single(rules, r => r.GetProperty("text").GetString() == "name mentions zebra -> dismiss");
        var id = rule.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("name mentions zebra -&gt; dismiss", await client.GetStringAsync("/followers/rules"), StringComparison.Ordinal);
        using var applyRefused = await client.PostFormAsync("/followers/rules?handler=Apply", ("plan", "whatever"));
        Assert.Equal(HttpStatusCode.BadRequest, applyRefused.StatusCode);

        using var removed = await client.PostFormAsync("/followers/rules?handler=Remove", ("__RequestVerificationToken", token), ("id", id));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>("/api/followers/rules")).EnumerateArray(), r => r.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
    }

    [Fact]
    public async Task Rule_changes_on_the_api_need_the_antiforgery_header()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var add = await client.PostAsJsonAsync("/api/followers/rules", new { text = "bio mentions tea -> dismiss" });
        using var apply = await client.PostAsJsonAsync("/api/followers/rules/apply", new { plan = "x" });
        using var remove = await client.DeleteAsync("/api/followers/rules/1");

        Assert.All([add, apply, remove], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal("Antiforgery token refused.", (await add.JsonAsync()).GetProperty("title").GetString());
    }

    private static async Task<JsonElement?> ListAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/lists")).EnumerateArray().Cast<JsonElement?>()
            .FirstOrDefault(l => l!.Value.GetProperty("name").GetString() == name);
}
