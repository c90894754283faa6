namespace Rapport.Core.Connections;

/// <summary>One text the engine may quote: a bio, a post, a site's title. Link and date say where and when it was read.</summary>
public sealed record EvidenceText(EvidenceSource Source, string Text, string? Link = null, DateTimeOffset? At = null)
{
    /// <summary>Set when the text answers or mentions the ego: it shows they engaged with the user.</summary>
    public bool AddressesEgo { get; init; }

    /// <summary>Links the text shares, as the network expanded them.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];
}
