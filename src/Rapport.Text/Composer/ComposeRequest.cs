using Rapport.Text.Networks;

namespace Rapport.Text.Composer;

/// <summary>What the user wrote and what to attach; the composer makes one draft of it per network.</summary>
public sealed record ComposeRequest
{
    public string Comment { get; init; } = string.Empty;

    /// <summary>A highlighted passage; the first thing trimmed when space runs out.</summary>
    public string? Quote { get; init; }

    /// <summary>The link shared; never cut.</summary>
    public string? Url { get; init; }

    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>Tags with or without '#'; never cut.</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>Split a text too long for one post into a numbered thread instead of trimming it.</summary>
    public bool Thread { get; init; }

    /// <summary>The post quoted natively (embed), when there is one.</summary>
    public QuotedPost? QuotedPost { get; init; }

    /// <summary>The rules of each network to draft for.</summary>
    public IReadOnlyList<NetworkRules> Networks { get; init; } = [NetworkRules.X()];
}
