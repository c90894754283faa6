namespace Rapport.Core.Insights;

/// <summary>A person's touches each way over the year, with the name to show them by.</summary>
public sealed record PersonReciprocity(long PersonId, string Name, int Out, int In);
