using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Core.Ledger;

namespace Rapport.Core.Curation;

/// <summary>
/// Recognises links to single posts on X (<c>x.com/NAME/status/ID</c>, also twitter.com), Bluesky
/// (<c>bsky.app/profile/HANDLE/post/RKEY</c>) and Mastodon (<c>https://SERVER/@USER/ID</c>). Any other link is an
/// article; a link to X or Bluesky that is not a well-formed post link is refused with what it should look like.
/// </summary>
public static partial class PostUrl
{
    private static readonly string[] XHosts = ["x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"];
    private static readonly string[] BlueskyHosts = ["bsky.app"];

    /// <returns>The post the link names, or null when it is not a link to a post (an article).</returns>
    /// <exception cref="FormatException">A link to X or Bluesky, or a Mastodon-shaped link, that names no valid post.</exception>
    public static PostReference? Recognize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var host = url.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (XHosts.Contains(host, StringComparer.Ordinal))
        {
            return X(segments);
        }

        if (BlueskyHosts.Contains(host, StringComparer.Ordinal))
        {
            return Bluesky(segments);
        }

        return Mastodon(host, url, segments);
    }

    private static PostReference X(string[] segments)
    {
        const string Shape = "An X post link looks like https://x.com/NAME/status/1234567890.";

        // x.com/NAME/status/ID, optionally followed by /photo/1 or /analytics; x.com/i/web/status/ID names no author.
        var statusAt = Array.FindIndex(segments, s => s is "status" or "statuses");
        if (statusAt < 1 || statusAt + 1 >= segments.Length)
        {
            throw new FormatException(segments.Length == 1
                ? $"'{segments[0]}' is an X profile, not a post. {Shape}"
                : $"This X link names no post. {Shape}");
        }

        var id = segments[statusAt + 1];
        if (!PostIdPattern().IsMatch(id))
        {
            throw new FormatException($"'{id}' is not an X post id (it is a number of up to 19 digits). {Shape}");
        }

        var name = segments[statusAt - 1];
        string? author = null;
        if (!(statusAt == 2 && segments[0] == "i" && segments[1] == "web"))
        {
            if (statusAt != 1 || !XNamePattern().IsMatch(name))
            {
                throw new FormatException($"'{name}' is not an X user name (1 to 15 letters, digits or '_'). {Shape}");
            }

            author = "@" + name;
        }

        var url = author is null ? $"https://x.com/i/web/status/{id}" : $"https://x.com/{name}/status/{id}";
        return new PostReference(SocialNetwork.X, url, id, author);
    }

    private static PostReference Bluesky(string[] segments)
    {
        const string Shape = "A Bluesky post link looks like https://bsky.app/profile/NAME.bsky.social/post/3kabc2defgh2x.";
        if (segments.Length != 4 || segments[0] != "profile" || segments[2] != "post")
        {
            throw new FormatException(segments is ["profile", _]
                ? $"'{segments[1]}' is a Bluesky profile, not a post. {Shape}"
                : $"This Bluesky link names no post. {Shape}");
        }

        var actor = Uri.UnescapeDataString(segments[1]);
        var recordKey = segments[3];
        string? author;
        if (DidPattern().IsMatch(actor))
        {
            author = null;
        }
        else if (BlueskyHandlePattern().IsMatch(actor) && actor.Length <= 253)
        {
            author = "@" + actor.ToLowerInvariant();
        }
        else
        {
            throw new FormatException($"'{actor}' is neither a Bluesky handle (a domain name) nor a DID. {Shape}");
        }

        if (!RecordKeyPattern().IsMatch(recordKey) || recordKey is "." or "..")
        {
            throw new FormatException($"'{recordKey}' is not a Bluesky record key. {Shape}");
        }

        var url = $"https://bsky.app/profile/{(author is null ? actor : author[1..])}/post/{recordKey}";
        return new PostReference(SocialNetwork.Bluesky, url, recordKey, author);
    }

    private static PostReference? Mastodon(string host, Uri url, string[] segments)
    {
        // https://SERVER/@USER/ID (a local post) or https://SERVER/@USER@ORIGIN/ID (a remote post seen there).
        if (segments.Length != 2 || !segments[0].StartsWith('@'))
        {
            return null;
        }

        var user = Uri.UnescapeDataString(segments[0][1..]);
        var id = segments[1];
        if (!id.All(char.IsAsciiDigit))
        {
            // Blogs use /@name/slug too: only a numeric last segment makes this a Mastodon status.
            return null;
        }

        const string Shape = "A Mastodon post link looks like https://mastodon.social/@NAME/112233445566778899.";
        if (!PostIdPattern().IsMatch(id))
        {
            throw new FormatException($"'{id}' is not a Mastodon status id (a number of up to 19 digits). {Shape}");
        }

        var parts = user.Split('@');
        if (parts.Length > 2 || !MastodonUserPattern().IsMatch(parts[0]) || (parts.Length == 2 && Uri.CheckHostName(parts[1]) != UriHostNameType.Dns))
        {
            throw new FormatException($"'@{user}' is not a Mastodon account name. {Shape}");
        }

        var address = parts.Length == 2 ? $"{parts[0]}@{parts[1].ToLowerInvariant()}" : $"{parts[0]}@{host}";
        var port = url.IsDefaultPort ? "" : ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        return new PostReference(SocialNetwork.Mastodon, $"https://{host}{port}/@{user}/{id}", id, "@" + address) { Server = host };
    }

    [GeneratedRegex("^[0-9]{1,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex XNamePattern();

    [GeneratedRegex("^did:[a-z]+:[A-Za-z0-9._:%-]{1,2000}$", RegexOptions.CultureInvariant)]
    private static partial Regex DidPattern();

    // The AT Protocol handle syntax: two or more DNS labels, the last not starting with a digit.
    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex BlueskyHandlePattern();

    [GeneratedRegex("^[A-Za-z0-9._:~-]{1,512}$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordKeyPattern();

    [GeneratedRegex("^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?$", RegexOptions.CultureInvariant)]
    private static partial Regex MastodonUserPattern();
}
