using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

/// <summary>Insights over a ledger written for the test: more people than any sample, and follower lists of two dates.</summary>
public sealed class InsightsLedgerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Touches_per_week_count_every_touch_not_a_sample_of_people()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        const int people = 450;
        await using (var session = await Begin(factory, now))
        {
            for (var i = 0; i < people; i++)
            {
                await session.AddTouchAsync(Touch(i, i % 3 == 0 ? TouchDirection.In : TouchDirection.Out, now.AddDays(-(i % 20))), None);
            }

            await session.CommitAsync(None);
        }

        var insights = await client.GetFromJsonAsync<JsonElement>("/api/insights");

        Assert.Equal(people, insights.GetProperty("touchesCounted").GetInt32());
        var weeks = insights.GetProperty("touchesPerWeek").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(people, weeks.Sum(w => w.GetProperty("values").EnumerateArray().Sum(v => v.GetInt32())));
        Assert.Equal(people / 3, weeks.Sum(w => w.GetProperty("values")[1].GetInt32()));
        Assert.Equal(people, insights.GetProperty("peopleTouched").GetInt32());
        Assert.Equal(people / 3, insights.GetProperty("onlyIn").GetInt32());
        Assert.False(insights.GetProperty("followers").GetProperty("isKnown").GetBoolean());
        Assert.Contains("id=\"follower-growth-unknown\"", await client.GetStringAsync("/insights"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follower_growth_is_charted_once_a_second_snapshot_dates_new_followers()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();
        var first = new DateTimeOffset(2026, 9, 2, 12, 0, 0, TimeSpan.Zero);
        await FollowersAsync(factory, first, 10);

        var single = await client.GetFromJsonAsync<JsonElement>("/api/insights");
        var unknown = single.GetProperty("followers");
        Assert.False(unknown.GetProperty("isKnown").GetBoolean());
        Assert.Equal(10, unknown.GetProperty("atFirstSnapshot").GetInt32());
        var before = await client.GetStringAsync("/insights");
        Assert.Contains("Follower growth is not known yet", before, StringComparison.Ordinal);
        Assert.DoesNotContain("follower-growth-title", before, StringComparison.Ordinal);

        await FollowersAsync(factory, first.AddDays(14), 13);
        await FollowersAsync(factory, first.AddDays(28), 18);

        var followers = (await client.GetFromJsonAsync<JsonElement>("/api/insights")).GetProperty("followers");
        Assert.True(followers.GetProperty("isKnown").GetBoolean());
        Assert.Equal(18, followers.GetProperty("seen").GetInt32());
        var chart = followers.GetProperty("chart");
        var gained = chart.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("values")[0].GetInt32()).ToList();
        Assert.Equal([0, 0, 3, 0, 5], gained);
        Assert.Equal([10, 10, 13, 13, 18], chart.GetProperty("line").GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));

        var html = await client.GetStringAsync("/insights");
        Assert.Contains("aria-labelledby=\"follower-growth-title follower-growth-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"total-line\"", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Followers gained per week as a table</summary>", html, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">2026-09-14</th>\\s*<td>3</td>\\s*<td>13</td>", html);
        Markup.AssertNoInlineScriptOrStyle(html);
    }

    private static async Task FollowersAsync(RapportWebFactory factory, DateTimeOffset observedAt, int count)
    {
        await using var session = await Begin(factory, observedAt);
        for (var i = 0; i < count; i++)
        {
            await session.AddFollowAsync(new FollowRecord((5000 + i).ToString(CultureInfo.InvariantCulture), FollowDirection.FollowsEgo), None);
        }

        await session.CommitAsync(None);
    }

    private static async Task<ILedgerImportSession> Begin(RapportWebFactory factory, DateTimeOffset observedAt)
    {
        var session = await factory.Services.GetRequiredService<ILedgerImporter>().BeginAsync(new ImportSessionOptions(SocialNetwork.X, "test", observedAt), None);
        await session.SetEgoAsync(new EgoProfile { ExternalId = "1000", Handle = "ego" }, None);
        return session;
    }

    private static TouchRecord Touch(int person, TouchDirection direction, DateTimeOffset at) => new()
    {
        Counterpart = new AccountRef((2000 + person).ToString(CultureInfo.InvariantCulture), "friend" + person.ToString(CultureInfo.InvariantCulture)),
        Channel = direction == TouchDirection.Out ? TouchChannel.Reply : TouchChannel.Mention,
        Direction = direction,
        Visibility = TouchVisibility.Public,
        OccurredAt = at,
        SourceRef = "test:touch:" + person.ToString(CultureInfo.InvariantCulture),
    };
}
