using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Cadence;

public sealed class CadenceModelTests
{
    [Fact]
    public void A_filter_that_allows_nothing_is_refused_and_filters_compare_by_value()
    {
        Assert.Throws<ArgumentException>(() => TouchKindFilter.Create(channels: []));
        Assert.Equal(TouchKindFilter.Create(directions: [TouchDirection.Out]), TouchKindFilter.Create(directions: [TouchDirection.Out]));
        Assert.Equal([TouchChannel.DirectMessage, TouchChannel.Chat, TouchChannel.Manual], CadenceTiers.Close.Counts.Channels);
        Assert.False(CadenceTiers.Monthly.Counts.Matches(TouchChannel.Like, TouchDirection.Out, TouchVisibility.Public));
        Assert.False(CadenceTiers.Monthly.Counts.Matches(TouchChannel.Reply, TouchDirection.In, TouchVisibility.Public));
        Assert.True(CadenceTiers.Monthly.Counts.Matches(TouchChannel.Reply, TouchDirection.Out, TouchVisibility.Public));
    }

    [Fact]
    public void A_tier_needs_a_name_and_a_real_interval()
    {
        Assert.Throws<ArgumentException>(() => new CadenceTier(" ", CadenceInterval.Weekly, TouchKindFilter.Any));
        Assert.Throws<ArgumentException>(() => new CadenceTier("broken", default, TouchKindFilter.Any));
        Assert.Throws<ArgumentOutOfRangeException>(() => CadenceInterval.Days(0));
        Assert.Equal("custom", new CadenceTier("  custom ", CadenceInterval.Days(3), TouchKindFilter.Any).Name);
    }

    [Fact]
    public void A_day_whose_midnight_happens_twice_starts_at_the_first_one()
    {
        // Cuba sets clocks back from 01:00 to 00:00 on the first Sunday of November: 1 November 2026.
        var havana = new UserCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Havana"), new FixedTimeProvider(DateTimeOffset.UnixEpoch));

        var start = havana.StartOf(new DateOnly(2026, 11, 1));

        Assert.Equal(TimeSpan.FromHours(-4), start.Offset);
        Assert.Equal(new DateOnly(2026, 10, 31), havana.LocalDate(start.AddMinutes(-1)));
        Assert.Equal(new DateOnly(2026, 11, 1), havana.LocalDate(start.AddHours(1.5)));
    }

    [Fact]
    public void A_weekly_touch_on_a_leap_day_is_due_a_calendar_week_later()
    {
        var touch = People.Touch(People.Local(People.Berlin, 2028, 2, 29, 21));
        var due = DueCalculator.Compute(ResolvedCadence.OnPerson(CadenceTiers.Weekly, DateTimeOffset.UnixEpoch), touch, null, People.Berlin);

        Assert.Equal(new DateOnly(2028, 3, 7), due.Date);
    }

    [Fact]
    public void Options_with_an_unknown_zone_fail_on_start()
    {
        var services = new ServiceCollection().AddRapportCadence();
        services.Configure<CadenceOptions>(o => o.TimeZone = "Mars/Olympus_Mons");
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CadenceOptions>>().Value);
    }
}
