using System.Net.Http.Json;
using System.Text.Json;

namespace Rapport.Web.Tests.Practices;

[Collection(PracticesCollection.Name)]
public sealed class InsightsTests(PracticesApp app)
{
    [Fact]
    public async Task The_weekly_chart_adds_up_to_the_touches_it_counted_and_the_bands_to_the_people_with_a_cadence()
    {
        using var client = app.Factory.CreateBrowserClient();

        var insights = await client.GetFromJsonAsync<JsonElement>("/api/insights");

        var weeks = insights.GetProperty("touchesPerWeek").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(26, weeks.Count);
        var counted = insights.GetProperty("touchesCounted").GetInt32();
        Assert.True(counted > 0);
        Assert.Equal(counted, weeks.Sum(w => w.GetProperty("values").EnumerateArray().Sum(v => v.GetInt32())));
        Assert.Contains(weeks, w => w.GetProperty("values")[1].GetInt32() > 0);
        var bands = insights.GetProperty("healthBands").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["Active", "Warm", "Cooling", "At risk"], bands.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(insights.GetProperty("withCadence").GetInt32(), bands.Sum(b => b.GetProperty("values")[0].GetInt32()));
        Assert.True(insights.GetProperty("overview").GetProperty("people").GetInt32() >= insights.GetProperty("peopleTouched").GetInt32());
        Assert.Equal(PracticesApp.TimeZone, insights.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Every_chart_is_svg_with_a_title_a_description_and_a_table_of_the_same_numbers()
    {
        using var client = app.Factory.CreateBrowserClient();

        var html = await client.GetStringAsync("/insights");

        foreach (var chart in new[] { "touches-per-week", "reciprocity" })
        {
            Assert.Contains($"aria-labelledby=\"{chart}-title {chart}-desc\"", html, StringComparison.Ordinal);
            Assert.Contains($"<desc id=\"{chart}-desc\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<summary>Touches per week, out and in as a table</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart graph\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"bar-out\"", html, StringComparison.Ordinal);
        Markup.AssertNoInlineScriptOrStyle(html);
    }
}
