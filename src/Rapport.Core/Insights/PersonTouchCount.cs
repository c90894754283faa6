namespace Rapport.Core.Insights;

/// <summary>One person's touches each way in a window.</summary>
public sealed record PersonTouchCount(long PersonId, int Out, int In);
