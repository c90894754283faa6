using System.Text.RegularExpressions;
using Rapport.Core.Curation;
using Rapport.Core.Ledger;

namespace Rapport.Connectors.Curation;

/// <summary>Recognises an author's accounts in the forms pages give them: bare handles and profile URLs.</summary>
internal static partial class AuthorHandles
{
    // Sites outside the fediverse that also write profiles as /@name.
    private static readonly HashSet<string> NotFediverse = new(StringComparer.OrdinalIgnoreCase)
    {
        "medium.com", "www.medium.com", "youtube.com", "www.youtube.com", "m.youtube.com", "tiktok.com", "www.tiktok.com",
        "threads.net", "www.threads.net", "substack.com",
    };

    private static readonly HashSet<string> XHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com", "mobile.x.com",
    };

    // Paths on X that are pages, not accounts.
    private static readonly HashSet<string> XReservedPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "intent", "share", "home", "search", "hashtag", "explore", "settings", "login", "signup", "messages", "notifications",
    };

    public static AuthorHandle? FromTwitterCreator(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (XHandle().IsMatch(trimmed))
        {
            return new AuthorHandle("@" + trimmed.TrimStart('@'), SocialNetwork.X, AuthorHandleSource.TwitterCreator);
        }

        return FromProfileUrl(trimmed, AuthorHandleSource.TwitterCreator);
    }

    public static AuthorHandle? FromFediverseCreator(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return FediverseHandle().IsMatch(trimmed)
            ? new AuthorHandle("@" + trimmed.TrimStart('@').ToLowerInvariant(), SocialNetwork.Mastodon, AuthorHandleSource.FediverseCreator)
            : FromProfileUrl(trimmed, AuthorHandleSource.FediverseCreator);
    }

    /// <summary>A profile URL as a handle where the network is recognisable, else the URL itself.</summary>
    public static AuthorHandle? FromProfileUrl(string? value, AuthorHandleSource source)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 2048
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (XHosts.Contains(url.Host) && segments.Length == 1 && XHandle().IsMatch(segments[0]) && !XReservedPaths.Contains(segments[0]))
        {
            return new AuthorHandle("@" + segments[0].TrimStart('@'), SocialNetwork.X, source);
        }

        if (url.Host.Equals("bsky.app", StringComparison.OrdinalIgnoreCase) && segments.Length == 2
            && segments[0].Equals("profile", StringComparison.OrdinalIgnoreCase))
        {
            var handle = Uri.UnescapeDataString(segments[1]);
            return new AuthorHandle(handle.StartsWith("did:", StringComparison.Ordinal) ? handle : "@" + handle.ToLowerInvariant(), SocialNetwork.Bluesky, source);
        }

        if (segments.Length == 1 && segments[0].Length > 1 && segments[0][0] == '@' && !NotFediverse.Contains(url.Host)
            && FediverseUser().IsMatch(segments[0][1..]))
        {
            return new AuthorHandle($"{segments[0].ToLowerInvariant()}@{url.IdnHost.ToLowerInvariant()}", SocialNetwork.Mastodon, source);
        }

        return new AuthorHandle(url.AbsoluteUri, null, source);
    }

    [GeneratedRegex("^@?[A-Za-z0-9_]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex XHandle();

    [GeneratedRegex(@"^@?[A-Za-z0-9_][A-Za-z0-9_.\-]{0,63}@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex FediverseHandle();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FediverseUser();
}
