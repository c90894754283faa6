using System.Text;
using Rapport.Text.Networks;

namespace Rapport.Text.Composer;

/// <summary>
/// Share-intent URLs: they open the network's own composer with the text filled in, at no API cost. Every value
/// is percent-encoded as UTF-8 (RFC 3986 unreserved characters kept).
/// </summary>
public static class ShareIntents
{
    /// <summary>
    /// The intent for a text (which may already contain the link) and the link itself. LinkedIn and Facebook
    /// take only a URL, so they return null without one; Mastodon needs the user's server.
    /// </summary>
    public static string? For(Network network, string text, string? url = null, string? mastodonServer = null) => network switch
    {
        Network.X or Network.XClassic => "https://x.com/intent/post?text=" + Encode(text),
        Network.Mastodon => string.IsNullOrWhiteSpace(mastodonServer) ? null : $"https://{Host(mastodonServer)}/share?text={Encode(text)}",
        Network.Bluesky => "https://bsky.app/intent/compose?text=" + Encode(text),
        Network.Threads => "https://www.threads.net/intent/post?text=" + Encode(text),
        Network.LinkedIn => string.IsNullOrWhiteSpace(url) ? null : "https://www.linkedin.com/sharing/share-offsite/?url=" + Encode(url),
        Network.Facebook => string.IsNullOrWhiteSpace(url) ? null : "https://www.facebook.com/sharer/sharer.php?u=" + Encode(url),
        _ => null,
    };

    /// <summary>Percent-encodes as UTF-8; a lone surrogate becomes U+FFFD rather than an exception.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return Uri.EscapeDataString(builder.ToString());
    }

    // Only a bare host name may be spliced into the URL: anything else could redirect the user elsewhere.
    private static string Host(string server)
    {
        var host = server.Trim();
        if (host.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            host = host[8..];
        }

        host = host.TrimEnd('/');
        if (host.Length == 0 || Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4))
        {
            throw new ArgumentException("Expected a Mastodon server host name such as mastodon.social.", nameof(server));
        }

        return host;
    }
}
