namespace Rapport.Core.Cadence;

/// <summary>The cadence that applies to a person, where it comes from, and since when it applies.</summary>
public sealed record ResolvedCadence(CadenceTier Tier, CadenceSource Source, DateTimeOffset Since, string? ListName = null)
{
    public static ResolvedCadence OnPerson(CadenceTier tier, DateTimeOffset since) => new(tier, CadenceSource.Person, since);

    public static ResolvedCadence FromList(ListCadence list) => new(list.Tier, CadenceSource.List, list.AppliesSince, list.ListName);
}
