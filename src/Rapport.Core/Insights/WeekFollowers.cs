namespace Rapport.Core.Insights;

/// <summary>Followers first seen in one ISO week, and how many had been seen by its end.</summary>
public sealed record WeekFollowers(DateOnly Monday, int Gained, int RunningTotal);
