using Rapport.Core.Cadence;

namespace Rapport.Core.Tests.Cadence;

public sealed class CadenceIntervalTests
{
    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-03-31", "2026-04-30")]
    [InlineData("2026-01-30", "2026-02-28")]
    [InlineData("2026-02-28", "2026-03-28")]
    [InlineData("2026-12-31", "2027-01-31")]
    public void Monthly_counts_calendar_months_clamped_at_month_end(string from, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CadenceInterval.Monthly.After(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Yearly_from_a_leap_day_falls_on_the_last_day_of_february()
    {
        Assert.Equal(new DateOnly(2029, 2, 28), CadenceInterval.Yearly.After(new DateOnly(2028, 2, 29)));
        Assert.Equal(new DateOnly(2032, 2, 29), CadenceInterval.Yearly.After(new DateOnly(2028, 2, 29), 4));
    }

    [Fact]
    public void Days_cross_a_leap_day_as_calendar_days()
    {
        Assert.Equal(new DateOnly(2028, 3, 6), CadenceInterval.Weekly.After(new DateOnly(2028, 2, 28)));
        Assert.Equal(new DateOnly(2027, 3, 7), CadenceInterval.Weekly.After(new DateOnly(2027, 2, 28)));
    }

    [Fact]
    public void Repeated_months_are_counted_from_the_start_so_clamping_does_not_drift()
    {
        var start = new DateOnly(2026, 1, 31);
        Assert.Equal(new DateOnly(2026, 3, 31), CadenceInterval.Monthly.After(start, 2));
        Assert.Equal(new DateOnly(2026, 3, 28), CadenceInterval.Monthly.After(CadenceInterval.Monthly.After(start)));
    }

    [Theory]
    [InlineData("weekly", 7, CadenceUnit.Days)]
    [InlineData("every two weeks", 14, CadenceUnit.Days)]
    [InlineData("Fortnightly", 14, CadenceUnit.Days)]
    [InlineData("monthly", 1, CadenceUnit.Months)]
    [InlineData("quarterly", 3, CadenceUnit.Months)]
    [InlineData("yearly", 12, CadenceUnit.Months)]
    [InlineData("10d", 10, CadenceUnit.Days)]
    [InlineData("every 10 days", 10, CadenceUnit.Days)]
    [InlineData("3w", 21, CadenceUnit.Days)]
    [InlineData("6 months", 6, CadenceUnit.Months)]
    public void Parses_the_names_users_type(string text, int count, CadenceUnit unit)
    {
        Assert.True(CadenceInterval.TryParse(text, out var interval));
        Assert.Equal(count, interval.Count);
        Assert.Equal(unit, interval.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("often")]
    [InlineData("0d")]
    [InlineData("-3d")]
    [InlineData("99999d")]
    [InlineData("3 fortnights")]
    public void Refuses_what_is_not_an_interval(string text) => Assert.False(CadenceInterval.TryParse(text, out _));

    [Fact]
    public void Names_round_trip_through_parse()
    {
        foreach (var interval in new[] { CadenceInterval.Weekly, CadenceInterval.EveryTwoWeeks, CadenceInterval.Monthly, CadenceInterval.Quarterly, CadenceInterval.Yearly, CadenceInterval.Days(10), CadenceInterval.Months(2) })
        {
            Assert.True(CadenceInterval.TryParse(interval.ToString(), out var parsed), interval.ToString());
            Assert.Equal(interval, parsed);
        }
    }

    [Fact]
    public void Thirty_days_is_shorter_than_a_month_and_a_month_shorter_than_five_weeks()
    {
        Assert.True(CadenceInterval.Days(30).CompareLength(CadenceInterval.Monthly) < 0);
        Assert.True(CadenceInterval.Monthly.CompareLength(CadenceInterval.Days(35)) < 0);
    }
}
