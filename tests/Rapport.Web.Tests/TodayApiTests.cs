using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

public sealed class TodayApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_person_given_a_cadence_is_due_with_a_reason_and_leaves_the_queue_once_a_touch_is_logged()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, 10);

        var queue = await (await client.GetAsync("/api/today")).JsonAsync();
        var entry = queue.GetProperty("today").EnumerateArray().Single(e => e.GetProperty("personId").GetInt64() == id);
        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("reason").GetString()));
        Assert.Equal("weekly", entry.GetProperty("cadence").GetString());

        using var logged = await client.PostAsJsonAsync($"/api/today/{id}/touches", new { kind = "dm", note = "caught up" });

        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
        var body = await logged.JsonAsync();
        var today = DateOnly.Parse(queue.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(today.AddDays(7), DateOnly.Parse(body.GetProperty("nextDue").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("DirectMessage", body.GetProperty("touch").GetProperty("channel").GetString());
        Assert.DoesNotContain(id, await DemoPeople.TodayAsync(client));
    }

    [Fact]
    public async Task Snoozing_for_days_moves_the_person_out_of_today()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, 11);
        Assert.Contains(id, await DemoPeople.TodayAsync(client));

        using var response = await client.PostAsJsonAsync($"/api/today/{id}/snooze", new { days = 7, reason = "travelling" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Snooze", body.GetProperty("kind").GetString());
        Assert.Equal("travelling", body.GetProperty("reason").GetString());
        Assert.DoesNotContain(id, await DemoPeople.TodayAsync(client));
    }

    [Fact]
    public async Task Snoozing_until_a_date_and_skipping_answer_the_new_date()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (first, _) = await DemoPeople.DueAsync(client, 12);
        var (second, _) = await DemoPeople.DueAsync(client, 13);
        var date = (await (await client.GetAsync("/api/today")).JsonAsync()).GetProperty("date").GetString()!;
        var until = DateOnly.Parse(date, CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var snoozed = await client.PostAsJsonAsync($"/api/today/{first}/snooze", new { until });
        using var skipped = await client.PostAsJsonAsync($"/api/today/{second}/skip", new { reason = "busy week" });

        Assert.Equal(until, (await snoozed.JsonAsync()).GetProperty("until").GetString());
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        Assert.Equal("Skip", (await skipped.JsonAsync()).GetProperty("kind").GetString());
        var queue = await DemoPeople.TodayAsync(client);
        Assert.DoesNotContain(first, queue);
        Assert.DoesNotContain(second, queue);
    }

    public static TheoryData<string, object, string> InvalidRequests => new()
    {
        { "touches", new { kind = "carrier pigeon" }, "kind" },
        { "touches", new { kind = "dm", note = new string('x', 2001) }, "note" },
        { "touches", new { kind = "dm", at = "2999-01-01" }, "at" },
        { "touches", new { kind = "dm", at = "last tuesday" }, "at" },
        { "snooze", new { }, "days" },
        { "snooze", new { days = 3, until = "2030-01-01" }, "days" },
        { "snooze", new { days = 0 }, "days" },
        { "snooze", new { days = 400 }, "days" },
        { "snooze", new { until = "2000-01-01" }, "until" },
        { "snooze", new { until = "soon" }, "until" },
        { "snooze", new { days = 3, reason = new string('r', 501) }, "reason" },
        { "skip", new { reason = new string('r', 501) }, "reason" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_requests_answer_a_validation_problem_naming_the_field(string action, object request, string field)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, 14);

        using var response = await client.PostAsJsonAsync($"/api/today/{id}/{action}", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), "errors." + field);
    }

    [Theory]
    [InlineData("touches")]
    [InlineData("snooze")]
    [InlineData("skip")]
    public async Task Someone_no_cadence_applies_to_is_not_found(string action)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsJsonAsync($"/api/today/987654/{action}", new { kind = "dm", days = 3 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No cadence applies", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_not_an_error_page()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PostAsync("/api/today/1/skip", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
