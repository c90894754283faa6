namespace Rapport.Core.Insights;

/// <summary>One ISO week (Monday to Sunday in the user's zone) and its touches each way.</summary>
public sealed record WeekTouches(DateOnly Monday, int Out, int In);
