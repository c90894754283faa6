namespace Rapport.Web.Features.Insights;

/// <summary>
/// A bar chart drawn as SVG on the server: groups along the x axis, one bar per series in each group. The same
/// numbers are rendered as a table beside it, the chart's text alternative.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartGroup> Groups)
{
    /// <summary>An optional line over the bars, with its own scale on the right.</summary>
    public ChartLine? Line { get; init; }

    public const int Width = 640;
    public const int PlotHeight = 182;
    public const int Top = 10;

    /// <summary>Long labels (names) are slanted so that neighbours do not run into each other.</summary>
    public bool SlantLabels => Groups.Any(g => g.Label.Length > 8);

    public int Bottom => SlantLabels ? 80 : 28;

    /// <summary>Room on the left for the axis, and for the first slanted label.</summary>
    public int Left => SlantLabels ? 90 : 36;

    /// <summary>Room on the right for the line's scale, when there is a line.</summary>
    public int Right => Line is null ? 4 : 44;

    public int Height => Top + PlotHeight + Bottom;

    public int Max => Groups.Count == 0 ? 0 : Groups.Max(g => g.Values.Count == 0 ? 0 : g.Values.Max());

    /// <summary>A round upper bound for the y axis so that its label reads well.</summary>
    public int Scale => RoundUp(Max);

    public static int RoundUp(int value)
    {
        var max = Math.Max(1, value);
        var step = (int)Math.Pow(10, Math.Floor(Math.Log10(max)));
        return (int)Math.Ceiling(max / (double)step) * step;
    }

    /// <summary>Labels under every n-th group, so that many weeks do not overlap.</summary>
    public int LabelEvery => Math.Max(1, (int)Math.Ceiling(Groups.Count / (SlantLabels ? 20.0 : 13.0)));
}
