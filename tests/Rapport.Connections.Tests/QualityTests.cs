using System.Globalization;
using Xunit.Abstractions;

namespace Rapport.Connections.Tests;

/// <summary>
/// The evaluation set as a test: precision and recall of the top three points must stay above floors set a
/// little below the figures recorded in docs/quality.md, on the tuning half and on the held-out half.
/// </summary>
public sealed class QualityTests(ITestOutputHelper output)
{
    private const double TuningPrecisionFloor = 0.92;
    private const double TuningRecallFloor = 0.92;
    private const double HeldOutPrecisionFloor = 0.88;
    private const double HeldOutRecallFloor = 0.82;

    [Fact]
    public void The_set_has_at_least_fifty_pairs_in_two_halves()
    {
        var set = EvaluationSet.Load();
        Assert.True(set.Pairs.Count >= 50, $"{set.Pairs.Count} pairs");
        Assert.Equal(set.Pairs.Count, set.Pairs.Select(pair => pair.Id).Distinct().Count());
        Assert.All(set.Pairs, pair => Assert.True(set.Egos.ContainsKey(pair.Ego), $"pair {pair.Id} names an unknown ego"));
        Assert.InRange(set.Pairs.Count(pair => pair.HeldOut), set.Pairs.Count / 2 - 1, set.Pairs.Count / 2 + 1);
    }

    [Fact]
    public void Top_three_points_on_the_tuning_half_stay_above_the_floor()
    {
        var set = EvaluationSet.Load();
        var quality = ConnectionQuality.Measure(set, set.Pairs.Where(pair => !pair.HeldOut));
        Report("tuning", quality);
        Assert.True(quality.Precision >= TuningPrecisionFloor, $"precision {quality.Precision:0.000}");
        Assert.True(quality.Recall >= TuningRecallFloor, $"recall {quality.Recall:0.000}");
    }

    [Fact]
    public void Top_three_points_on_the_held_out_half_stay_above_the_floor()
    {
        var set = EvaluationSet.Load();
        var quality = ConnectionQuality.Measure(set, set.Pairs.Where(pair => pair.HeldOut));
        Report("held-out", quality);
        Assert.True(quality.Precision >= HeldOutPrecisionFloor, $"precision {quality.Precision:0.000}");
        Assert.True(quality.Recall >= HeldOutRecallFloor, $"recall {quality.Recall:0.000}");
    }

    private void Report(string half, ConnectionQuality quality)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{half}: {quality.Pairs} pairs, {quality.Predicted} predicted, {quality.Expected} expected, {quality.Hits} hits; precision@3 {quality.Precision:0.000}, recall@3 {quality.Recall:0.000}"));
        foreach (var miss in quality.Misses)
        {
            output.WriteLine(miss);
        }
    }
}
