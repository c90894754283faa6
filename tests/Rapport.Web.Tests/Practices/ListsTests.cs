using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

[Collection(PracticesCollection.Name)]
public sealed class ListsTests(PracticesApp app)
{
    [Fact]
    public async Task A_list_is_created_renamed_filled_given_a_cadence_emptied_and_deleted()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (personId, handle) = await DemoPeople.NthAsync(client, 30);

        using var created = await client.PostAsJsonAsync("/api/lists", new { name = "Coffee people" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        using var taken = await client.PostAsJsonAsync("/api/lists", new { name = "coffee PEOPLE" });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/lists/{id}/name", new { name = "Coffee friends" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/lists/{id}/members", new { handle = "@" + handle })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/lists/{id}/members", new { handle = "@nobody_has_this_handle" })).StatusCode);
        using var cadence = await client.PutAsJsonAsync($"/api/lists/{id}/cadence", new { cadence = "monthly" });
        Assert.Equal("monthly", (await cadence.JsonAsync()).GetProperty("cadence").GetString());
        using var badCadence = await client.PutAsJsonAsync($"/api/lists/{id}/cadence", new { cadence = "whenever" });
        Assert.Equal(HttpStatusCode.BadRequest, badCadence.StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/lists/{id}");
        Assert.Equal("Coffee friends", list.GetProperty("list").GetProperty("name").GetString());
        Assert.Equal([personId], list.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("personId").GetInt64()));
        var person = await client.GetFromJsonAsync<JsonElement>($"/api/people/{handle}");
        Assert.Contains("Coffee friends", person.GetProperty("lists").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/lists/{id}/members/{personId}")).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/lists/{id}")).GetProperty("members").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/lists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/lists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/lists/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tab\there")]
    public async Task A_list_name_must_be_one_line_of_text(string name)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsJsonAsync("/api/lists", new { name });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Lists_from_x_are_shown_but_refuse_every_change()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var lists = await client.GetFromJsonAsync<JsonElement>("/api/lists");
        var fromX = lists.EnumerateArray().First(l => l.GetProperty("isReadOnly").GetBoolean());
        var id = fromX.GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync($"/api/lists/{id}/name", new { name = "Mine now" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.DeleteAsync($"/api/lists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync($"/api/lists/{id}/cadence", new { cadence = "weekly" })).StatusCode);
        var html = await client.GetStringAsync($"/lists/{id}");
        Assert.Contains("This list comes from X", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Rename", html, StringComparison.Ordinal);
        Assert.Contains("from X (read-only)", await client.GetStringAsync("/lists"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_without_an_antiforgery_token_are_refused()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var api = await client.PostAsJsonAsync("/api/lists", new { name = "No token" });
        using var page = await client.PostFormAsync("/lists?handler=Create", ("name", "No token"));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>("/api/lists")).EnumerateArray(), l => l.GetProperty("name").GetString() == "No token");
    }

    [Fact]
    public async Task The_pages_create_a_list_add_someone_and_show_a_hostile_name_as_text()
    {
        using var client = app.Factory.CreateBrowserClient();
        var (_, handle) = await DemoPeople.NthAsync(client, 31);
        var token = await client.FormTokenAsync("/lists");

        using var created = await client.PostFormAsync("/lists?handler=Create", ("__RequestVerificationToken", token), ("name", "<img src=x onerror=alert(1)>"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var listPage = created.Headers.Location!.OriginalString;
        var id = listPage.Split('/')[^1];
        using var added = await client.PostFormAsync($"/lists/{id}?handler=Add", ("__RequestVerificationToken", token), ("handle", handle));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var html = await client.GetStringAsync(listPage);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/lists/" + id)).GetProperty("members").GetArrayLength());
        Markup.AssertNoInlineScriptOrStyle(html);

        using var deleted = await client.PostFormAsync($"/lists/{id}?handler=Delete", ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(listPage)).StatusCode);
        Assert.Equal("/lists", deleted.Headers.Location!.OriginalString.ToLowerInvariant().TrimEnd('/'));
    }
}
