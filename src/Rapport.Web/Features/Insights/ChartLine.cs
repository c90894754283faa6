namespace Rapport.Web.Features.Insights;

/// <summary>
/// A line drawn over a bar chart on its own scale (a running total over weekly bars), labelled on the right;
/// its values are a column of the chart's table.
/// </summary>
public sealed record ChartLine(string Name, string CssClass, IReadOnlyList<int> Values)
{
    public int Scale => BarChart.RoundUp(Values.Count == 0 ? 0 : Values.Max());
}
