namespace Rapport.Core.Connections;

/// <summary>
/// The same link however it was shared: scheme, "www.", fragments, tracking parameters and a trailing slash
/// do not make two links different.
/// </summary>
public static class LinkKey
{
    private static readonly string[] TrackingPrefixes = ["utm_", "ref", "fbclid", "gclid", "mc_", "s=", "t="];

    public static string? Of(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        // Shorteners and the network's own links say nothing about what was shared.
        if (host is "t.co" or "x.com" or "twitter.com" or "bit.ly")
        {
            return null;
        }

        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !TrackingPrefixes.Any(prefix => part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath.TrimEnd('/');
        return host + path + (query.Length > 0 ? "?" + query : string.Empty);
    }

    /// <summary>A short, stable id for a link, for point ids the user can type.</summary>
    public static string ShortId(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
