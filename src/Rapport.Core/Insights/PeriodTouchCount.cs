namespace Rapport.Core.Insights;

/// <summary>Touches in one period: the ego reaching out, and people reaching the ego.</summary>
public sealed record PeriodTouchCount(int Period, int Out, int In);
