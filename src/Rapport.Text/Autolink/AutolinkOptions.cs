namespace Rapport.Text.Autolink;

/// <summary>Where entity links point. Defaults are X's; Mastodon or Bluesky pages pass their own.</summary>
public sealed record AutolinkOptions
{
    public static AutolinkOptions X { get; } = new();

    /// <summary>A mention links to this base followed by the screen name (and the list slug for lists).</summary>
    public string MentionBaseUrl { get; init; } = "https://x.com/";

    /// <summary>A hashtag links to this base followed by the escaped tag.</summary>
    public string HashtagBaseUrl { get; init; } = "https://x.com/hashtag/";

    /// <summary>A cashtag links to this base followed by the escaped symbol.</summary>
    public string CashtagBaseUrl { get; init; } = "https://x.com/search?q=%24";

    /// <summary>Protocol-less URLs get this scheme in their href.</summary>
    public string DefaultUrlScheme { get; init; } = "https://";

    /// <summary>Opens links in a new tab (rel already carries noopener).</summary>
    public bool OpenInNewTab { get; init; }
}
