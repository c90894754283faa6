namespace Rapport.Core.Connections;

/// <summary>How much of the ledger the evidence source reads per person: enough to find points, bounded for 20,000 people.</summary>
public sealed record EvidenceOptions
{
    public static EvidenceOptions Default { get; } = new();

    /// <summary>For ranking many: the bio and profile carry most of the signal; a few posts add the rest.</summary>
    public static EvidenceOptions Ranking { get; } = new() { PostsPerPerson = 5, ExamplesPerPerson = 2 };

    public int PostsPerPerson { get; init; } = 40;

    public int EgoPosts { get; init; } = 400;

    /// <summary>Examples kept per chat and per kind of touch.</summary>
    public int ExamplesPerPerson { get; init; } = 3;
}
