namespace Rapport.Core.Insights;

/// <summary>
/// Reciprocity over the year up to <see cref="Until"/>, for everyone touched in it: how many were touched both
/// ways, how many only reached out to (often enough to count as one-sided), how many only reached the ego,
/// and the people with the most touches.
/// </summary>
public sealed record YearReciprocity(DateTimeOffset Until, int People, int Mutual, int OneSided, int OnlyIn, IReadOnlyList<PersonReciprocity> Top);
