namespace Rapport.Core.Cadence;

/// <summary>
/// A cadence a person inherits from a list. <see cref="AppliesSince"/> is when it began to apply to this
/// person: the later of the list getting the cadence and the person joining the list.
/// </summary>
public sealed record ListCadence(long ListId, string ListName, CadenceTier Tier, DateTimeOffset AppliesSince)
{
    /// <summary>The list's cadence as it applies to a member who joined at <paramref name="memberSince"/>.</summary>
    public static ListCadence ForMember(long listId, string listName, CadenceTier tier, DateTimeOffset cadenceSetAt, DateTimeOffset memberSince) =>
        new(listId, listName, tier, memberSince > cadenceSetAt ? memberSince : cadenceSetAt);
}
