using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

[Collection(PracticesCollection.Name)]
public sealed class ChatsTests(PracticesApp app)
{
    [Fact]
    public async Task The_calendar_lists_every_weekly_chat_in_the_users_time_zone_by_local_day()
    {
        using var client = app.Factory.CreateBrowserClient();

        var calendar = await client.GetFromJsonAsync<JsonElement>("/api/chats?weeks=2");

        Assert.Equal(PracticesApp.TimeZone, calendar.GetProperty("timeZone").GetString());
        var zone = TimeZoneInfo.FindSystemTimeZoneById(PracticesApp.TimeZone);
        var sessions = calendar.GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("sessions").EnumerateArray().Select(s => (Day: d.GetProperty("date").GetString(), Start: s.GetProperty("start").GetDateTimeOffset(), Name: s.GetProperty("name").GetString())))
            .ToList();
        var directory = calendar.GetProperty("directory").GetArrayLength();
        Assert.True(directory >= 3);
        Assert.InRange(sessions.Count, 2 * directory - 1, 2 * directory + 1);
        Assert.All(sessions, s =>
        {
            Assert.Equal(zone.GetUtcOffset(s.Start), s.Start.Offset);
            Assert.Equal(s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Day);
        });
        Assert.Equal(sessions.OrderBy(s => s.Start).Select(s => s.Start), sessions.Select(s => s.Start));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public async Task A_calendar_span_outside_one_to_twelve_weeks_is_refused(int weeks)
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync($"/api/chats?weeks={weeks}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("weeks", out _));
    }

    [Fact]
    public async Task A_sessions_transcript_is_grouped_by_question_with_the_hosts_questions_marked()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync("/api/chats/blogchat/session");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = await response.JsonAsync();
        var questions = session.GetProperty("questions").EnumerateArray().ToList();
        Assert.NotEmpty(questions);
        Assert.Equal(questions.Select(q => q.GetProperty("number").GetInt32()).Order(), questions.Select(q => q.GetProperty("number").GetInt32()));
        Assert.Contains(questions, q => q.GetProperty("isHostQuestion").GetBoolean() && q.GetProperty("question").GetProperty("fromHost").GetBoolean());
        Assert.Contains(questions, q => q.GetProperty("entries").EnumerateArray().Any(e => e.GetProperty("role").GetString() == "Answer"));

        var id = session.GetProperty("chatId").GetInt64();
        var html = await client.GetStringAsync($"/chats/{id}/session");
        Assert.Contains("class=\"host-question\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"q-1\">Q1</h2>", html, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(html);
    }

    [Theory]
    [InlineData("/api/chats/blogchat/session?date=last-tuesday", HttpStatusCode.BadRequest)]
    [InlineData("/api/chats/blogchat/session?date=2020-01-01", HttpStatusCode.NotFound)]
    [InlineData("/api/chats/no-such-chat", HttpStatusCode.NotFound)]
    [InlineData("/api/chats/no-such-chat/session", HttpStatusCode.NotFound)]
    [InlineData("/chats/999999", HttpStatusCode.NotFound)]
    public async Task Unknown_chats_sessions_and_bad_dates_are_answered_with_problems(string url, HttpStatusCode status)
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Attending_is_toggled_through_the_api_with_a_token_and_from_the_page()
    {
        using var client = app.Factory.CreateBrowserClient();
        using var refused = await client.PutAsJsonAsync("/api/chats/photohour/attend", new { attending = false });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await client.WithApiTokenAsync();

        using var off = await client.PutAsJsonAsync("/api/chats/photohour/attend", new { attending = false });

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        var chat = await off.JsonAsync();
        Assert.False(chat.GetProperty("attending").GetBoolean());
        var id = chat.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/chats/" + id)).GetProperty("chat").GetProperty("attending").GetBoolean());

        var token = await client.FormTokenAsync("/chats");
        using var on = await client.PostFormAsync("/chats?handler=Attend", ("__RequestVerificationToken", token), ("chatId", id), ("attending", "true"));
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/chats/" + id)).GetProperty("chat").GetProperty("attending").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/chats/no-such-chat/attend", new { attending = true })).StatusCode);
    }

    [Fact]
    public async Task The_core_group_is_a_table_and_an_svg_graph_drawn_on_the_server()
    {
        using var client = app.Factory.CreateBrowserClient();

        var core = await client.GetFromJsonAsync<JsonElement>("/api/chats/core");
        var html = await client.GetStringAsync("/chats/core");

        var people = core.GetProperty("people").EnumerateArray().ToList();
        Assert.NotEmpty(people);
        var graph = core.GetProperty("graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(nodes[0].GetProperty("isEgo").GetBoolean());
        Assert.Equal(Math.Min(people.Count, 24) + 1, nodes.Count);
        Assert.All(nodes, n => Assert.InRange(n.GetProperty("x").GetDouble(), 0, graph.GetProperty("width").GetInt32()));
        Assert.Contains("<svg class=\"chart graph\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"graph-desc\">", html, StringComparison.Ordinal);
        Assert.Contains("@" + people[0].GetProperty("handle").GetString(), html, StringComparison.Ordinal);
        Assert.Contains("<caption>The people you keep meeting in chat sessions</caption>", html, StringComparison.Ordinal);
        Assert.Equal(html, await client.GetStringAsync("/chats/core"));
        Markup.AssertNoInlineScriptOrStyle(html);
    }

    [Fact]
    public async Task The_chat_pages_load()
    {
        using var client = app.Factory.CreateBrowserClient();
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/chats/blogchat")).GetProperty("chat").GetProperty("id").GetInt64();

        foreach (var page in new[] { "/chats", $"/chats/{id}", "/chats?weeks=8" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Blog", html, StringComparison.Ordinal);
            Markup.AssertNoInlineScriptOrStyle(html);
        }
    }
}
