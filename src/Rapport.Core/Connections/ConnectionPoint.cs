namespace Rapport.Core.Connections;

/// <summary>
/// A reason the user and a person could click, with a score in [0, 1] and never without evidence.
/// <see cref="Id"/> is stable across runs ("interest:coffee", "place:portland-or-us") so the user can confirm
/// or dismiss it by name.
/// </summary>
public sealed record ConnectionPoint(string Id, ConnectionKind Kind, string Key, string Label, double Score, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>True when the user confirmed it: it is kept as a fact on the person.</summary>
    public bool Confirmed { get; init; }
}
