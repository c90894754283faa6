namespace Rapport.Text.Composer;

/// <summary>
/// Someone to credit, with the handle on each network where it is known. A network without a handle gets the
/// display name as plain text, never a mention of a stranger who happens to share the name.
/// </summary>
public sealed record Credit(string Name)
{
    /// <summary>X (and Threads, where no Threads handle is given) screen name, without '@'.</summary>
    public string? X { get; init; }

    /// <summary>Full Mastodon address "user@host".</summary>
    public string? Mastodon { get; init; }

    /// <summary>Bluesky handle "name.bsky.social" (resolve to a DID before posting its mention facet).</summary>
    public string? Bluesky { get; init; }

    public string? Threads { get; init; }

    /// <summary>LinkedIn person or organisation URN, for a little-text mention.</summary>
    public string? LinkedInUrn { get; init; }

    /// <summary>
    /// Reads one handle as typed: "@user@host" or "user@host" is Mastodon, a dotted name is Bluesky, anything
    /// else ("@name" or "name") is X.
    /// </summary>
    public static Credit Parse(string handle)
    {
        var trimmed = (handle ?? string.Empty).Trim().TrimStart('@');
        if (trimmed.Length == 0 || trimmed.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("A handle is one word such as @name, user@host or name.bsky.social.", nameof(handle));
        }

        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return new Credit("@" + trimmed) { Mastodon = trimmed };
        }

        if (trimmed.Contains('.', StringComparison.Ordinal))
        {
            return new Credit("@" + trimmed) { Bluesky = trimmed };
        }

        return new Credit("@" + trimmed) { X = trimmed };
    }
}
