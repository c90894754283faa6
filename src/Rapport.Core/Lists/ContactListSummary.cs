namespace Rapport.Core.Lists;

/// <summary>A list with its member count and, when it has one, the cadence its members inherit.</summary>
public sealed record ContactListSummary(long Id, string Name, bool IsReadOnly, int Members, string? Cadence);
