namespace Rapport.Core.Cadence;

/// <summary>
/// A cadence set on the person themselves; it wins over every list they are on. A null
/// <see cref="Tier"/> turns keeping in touch off for this person, whatever their lists say.
/// </summary>
public sealed record PersonCadence(CadenceTier? Tier, DateTimeOffset SetAt)
{
    public bool IsOff => Tier is null;

    public static PersonCadence Off(DateTimeOffset at) => new(null, at);
}
