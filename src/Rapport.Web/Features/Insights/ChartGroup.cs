namespace Rapport.Web.Features.Insights;

/// <summary>One group of bars (a week, a band, a person); <see cref="CssClass"/> overrides the series' colour.</summary>
public sealed record ChartGroup(string Label, IReadOnlyList<int> Values, string? CssClass = null);
