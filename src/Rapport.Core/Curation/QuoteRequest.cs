namespace Rapport.Core.Curation;

/// <summary>A quote post: someone's post and the user's comment on it.</summary>
public sealed record QuoteRequest
{
    public required PostReference Post { get; init; }
    public required string Comment { get; init; }
    public IReadOnlyList<string> Credits { get; init; } = [];
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>The networks to draft for; empty means the post's own network.</summary>
    public IReadOnlyList<string> Networks { get; init; } = [];
}
