namespace Rapport.Web.Features.Insights;

/// <summary>One series of a chart: its name for the legend and table, and the CSS class its bars are drawn with.</summary>
public sealed record ChartSeries(string Name, string CssClass);
