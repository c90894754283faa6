namespace Rapport.Core.Cadence;

/// <summary>What the resolver reads for one person: their own setting, if any, and their lists' cadences.</summary>
public sealed record CadenceInputs(long PersonId, PersonCadence? Own, IReadOnlyList<ListCadence> Lists)
{
    public CadenceResolution Resolve() => CadenceResolver.Resolve(Own, Lists);
}
