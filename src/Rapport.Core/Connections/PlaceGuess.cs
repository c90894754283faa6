namespace Rapport.Core.Connections;

/// <summary>
/// What a free-text location most likely names, with honest uncertainty: <see cref="Places"/> holds the places
/// it names for sure (a string may name two: "Berlin / Lisbon"), <see cref="Candidates"/> the namesakes when it
/// is ambiguous. <see cref="TimeZone"/> is the IANA zone the profile gave, or one the place implies.
/// </summary>
public sealed record PlaceGuess(PlaceCertainty Certainty, string? Text)
{
    public static PlaceGuess Unknown { get; } = new(PlaceCertainty.Unknown, null);

    public IReadOnlyList<KnownPlace> Places { get; init; } = [];

    public IReadOnlyList<KnownPlace> Candidates { get; init; } = [];

    public string? TimeZone { get; init; }
}
