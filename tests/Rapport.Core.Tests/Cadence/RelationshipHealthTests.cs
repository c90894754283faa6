using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Cadence;

public sealed class RelationshipHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_touches_each_way_over_30_90_and_365_days()
    {
        TouchEntry[] touches =
        [
            People.Entry(Now.AddDays(-1), TouchDirection.Out),
            People.Entry(Now.AddDays(-29.9), TouchDirection.Out),
            People.Entry(Now.AddDays(-30), TouchDirection.In),
            People.Entry(Now.AddDays(-89), TouchDirection.In),
            People.Entry(Now.AddDays(-200), TouchDirection.Out),
            People.Entry(Now.AddDays(-400), TouchDirection.In),
            People.Entry(Now.AddDays(2), TouchDirection.Out),
        ];

        var summary = ReciprocitySummary.Of(touches, Now);

        Assert.Equal(new ReciprocitySummary(2, 0, 2, 2, 3, 2, Now.AddDays(2), Now.AddDays(-30)), summary);
    }

    [Fact]
    public void Both_ways_within_the_interval_is_active_and_one_way_is_warm()
    {
        var both = ReciprocitySummary.Of([People.Entry(Now.AddDays(-3), TouchDirection.Out), People.Entry(Now.AddDays(-40), TouchDirection.In)], Now);
        var oneWay = ReciprocitySummary.Of([People.Entry(Now.AddDays(-3), TouchDirection.Out)], Now);

        Assert.Equal(HealthBand.Active, RelationshipHealthAssessor.Band(both, CadenceInterval.Monthly, Now));
        Assert.Equal(HealthBand.Warm, RelationshipHealthAssessor.Band(oneWay, CadenceInterval.Monthly, Now));
    }

    [Theory]
    [InlineData(5, HealthBand.Warm)]
    [InlineData(10, HealthBand.Cooling)]
    [InlineData(14, HealthBand.Cooling)]
    [InlineData(15, HealthBand.AtRisk)]
    public void Bands_are_measured_against_the_cadence(int daysAgo, HealthBand expected)
    {
        var touches = ReciprocitySummary.Of([People.Entry(Now.AddDays(-daysAgo), TouchDirection.Out)], Now);

        Assert.Equal(expected, RelationshipHealthAssessor.Band(touches, CadenceInterval.Weekly, Now));
    }

    [Fact]
    public void Never_touched_is_at_risk() =>
        Assert.Equal(HealthBand.AtRisk, RelationshipHealthAssessor.Assess([], CadenceInterval.Monthly, Now).Band);

    [Fact]
    public void Reaching_out_three_times_in_a_year_without_an_answer_is_one_sided()
    {
        TouchEntry[] unanswered = [.. Enumerable.Range(1, 3).Select(i => People.Entry(Now.AddDays(-i * 20), TouchDirection.Out))];

        Assert.True(RelationshipHealthAssessor.Assess(unanswered, null, Now).OneSided);
        Assert.False(RelationshipHealthAssessor.Assess(unanswered[..2], null, Now).OneSided);
        Assert.False(RelationshipHealthAssessor.Assess([.. unanswered, People.Entry(Now.AddDays(-100), TouchDirection.In)], null, Now).OneSided);
    }
}
