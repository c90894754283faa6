using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

[Collection(PracticesCollection.Name)]
public sealed class SettingsTests(PracticesApp app)
{
    [Theory]
    [InlineData("Mars/Olympus_Mons", 15, "timeZone")]
    [InlineData("", 15, "timeZone")]
    [InlineData("Europe/Berlin", 0, "dailyCapacity")]
    [InlineData("Europe/Berlin", 501, "dailyCapacity")]
    public async Task A_time_zone_or_capacity_that_makes_no_sense_is_refused(string zone, int capacity, string field)
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var response = await client.PutAsJsonAsync("/api/settings", new { timeZone = zone, dailyCapacity = capacity });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Settings_saved_from_the_page_apply_to_the_next_request_and_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("rapport-web-saved-");
        var database = new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder.FullName, "rapport.db") };
        try
        {
            await using (var first = new RapportWebFactory(database))
            {
                using var client = first.CreateBrowserClient();
                Assert.Equal("Etc/UTC", (await client.GetFromJsonAsync<JsonElement>("/api/insights")).GetProperty("timeZone").GetString());
                var token = await client.FormTokenAsync("/settings");

                using var saved = await client.PostFormAsync("/settings?handler=Save", ("__RequestVerificationToken", token), ("timeZone", "Europe/Berlin"), ("dailyCapacity", "7"));

                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
                Assert.True(File.Exists(Path.Combine(folder.FullName, "settings.json")));
                var settings = await client.GetFromJsonAsync<JsonElement>("/api/settings");
                Assert.Equal("Europe/Berlin", settings.GetProperty("timeZone").GetString());
                Assert.Equal(7, settings.GetProperty("dailyCapacity").GetInt32());
                Assert.Equal("Europe/Berlin", (await client.GetFromJsonAsync<JsonElement>("/api/insights")).GetProperty("timeZone").GetString());
                Assert.Equal("Europe/Berlin", (await client.GetFromJsonAsync<JsonElement>("/api/chats")).GetProperty("timeZone").GetString());
                Assert.Contains("In force: Europe/Berlin, 7 people a day.", await client.GetStringAsync("/settings"), StringComparison.Ordinal);
            }

            await using var restarted = new RapportWebFactory(database);
            using var next = restarted.CreateBrowserClient();
            var after = await next.GetFromJsonAsync<JsonElement>("/api/settings");
            Assert.Equal("Europe/Berlin", after.GetProperty("timeZone").GetString());
            Assert.Equal(7, after.GetProperty("dailyCapacity").GetInt32());
            Assert.Equal("Europe/Berlin", (await next.GetFromJsonAsync<JsonElement>("/api/chats")).GetProperty("timeZone").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_saved_zone_and_capacity_replan_the_today_queue_without_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("rapport-web-live-");
        var database = new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder.FullName, "rapport.db") };
        try
        {
            await using var factory = new RapportWebFactory(database);
            using var client = await factory.CreateBrowserClient().WithApiTokenAsync();
            using (var demo = await client.PostAsync("/api/import/demo", null))
            {
                Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
            }

            var before = await client.GetFromJsonAsync<JsonElement>("/api/today");
            Assert.True(before.GetProperty("today").GetArrayLength() > 1);

            // Kiritimati is fourteen hours ahead of UTC, so its date differs from UTC's for most of each day.
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
            var dayBefore = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);
            using (var saved = await client.PutAsJsonAsync("/api/settings", new { timeZone = "Pacific/Kiritimati", dailyCapacity = 1 }))
            {
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            }

            var after = await client.GetFromJsonAsync<JsonElement>("/api/today");
            var dayAfter = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);

            Assert.Equal(1, after.GetProperty("today").GetArrayLength());
            Assert.Contains(DateOnly.Parse(after.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), new[] { dayBefore, dayAfter });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_saved_setting_keeps_what_else_the_file_holds_and_the_api_saves_with_a_token_only()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Factory.CreateBrowserClient().PutAsJsonAsync("/api/settings", new { timeZone = "UTC", dailyCapacity = 3 })).StatusCode);
        await File.WriteAllTextAsync(app.SettingsPath, """{ "Logging": { "LogLevel": { "Default": "Warning" } } }""");

        using var saved = await client.PutAsJsonAsync("/api/settings", new { timeZone = PracticesApp.TimeZone, dailyCapacity = 15 });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var file = await File.ReadAllTextAsync(app.SettingsPath);
        Assert.Contains("\"Default\": \"Warning\"", file, StringComparison.Ordinal);
        Assert.Contains("\"TimeZone\": \"" + PracticesApp.TimeZone + "\"", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tier_is_added_and_offered_for_cadences()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();

        using var bad = await client.PutAsJsonAsync("/api/settings/tiers", new { name = "sometimes", interval = "now and then" });
        using var good = await client.PutAsJsonAsync("/api/settings/tiers", new { name = "every ten days", interval = "10d", counts = "private" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var tier = (await client.GetFromJsonAsync<JsonElement>("/api/settings")).GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "every ten days");
        Assert.Equal("every 10 days", tier.GetProperty("interval").GetString());
        Assert.Contains("DirectMessage", tier.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain("Reply", tier.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_export_downloads_everyone_as_csv_or_xlsx()
    {
        using var client = app.Factory.CreateBrowserClient();
        var (_, handle) = await DemoPeople.NthAsync(client, 0);

        using var csv = await client.GetAsync("/api/settings/export?format=csv");
        using var xlsx = await client.GetAsync("/api/settings/export?format=xlsx");
        using var other = await client.GetAsync("/api/settings/export?format=pdf");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rapport-people.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains(handle, await csv.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), workbook[..2]);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task The_calendar_feed_serves_the_due_dates_as_icalendar()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, 40);

        using var feed = await client.GetAsync("/api/settings/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"UID:due-{id}-", text, StringComparison.Ordinal);
        Assert.Contains("X-WR-TIMEZONE:" + PracticesApp.TimeZone, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_the_feed_address_and_saves_with_a_token_only()
    {
        using var client = app.Factory.CreateBrowserClient();
        var html = await client.GetStringAsync("/settings");
        Assert.Contains("/api/settings/calendar.ics", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/settings/export?format=xlsx\"", html, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(html);

        using var refused = await client.PostFormAsync("/settings?handler=Tier", ("name", "no token"), ("interval", "5d"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var token = await client.FormTokenAsync("/settings");
        using var invalid = await client.PostFormAsync("/settings?handler=Tier", ("__RequestVerificationToken", token), ("name", "<script>x</script>"), ("interval", "soon"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("is not an interval", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
