using System.Text;

namespace Rapport.Core.Curation;

/// <summary>
/// Campaign tags added to a shared link, so the site's analytics can tell where its readers came from. A null
/// <see cref="Source"/> means each network's own name (x, mastodon...); <see cref="Medium"/> defaults to "social".
/// </summary>
public sealed record UtmTags(string? Source = null, string? Medium = "social", string? Campaign = null)
{
    public const string DefaultMedium = "social";
    public const int MaxValueLength = 100;

    /// <summary>
    /// The link with utm_source, utm_medium and utm_campaign set. Its query and fragment are kept byte for
    /// byte (a text fragment's <c>%2D</c> and <c>%2C</c> must survive), a tag already there is replaced in
    /// place rather than repeated, and other utm_ keys (utm_content, utm_term) are left alone.
    /// </summary>
    public string ApplyTo(string link, string network)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        ArgumentException.ThrowIfNullOrWhiteSpace(network);

        var hashAt = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hashAt < 0 ? "" : link[hashAt..];
        var beforeFragment = hashAt < 0 ? link : link[..hashAt];
        var queryAt = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? beforeFragment : beforeFragment[..queryAt];
        var query = queryAt < 0 ? "" : beforeFragment[(queryAt + 1)..];

        var wanted = new List<(string Key, string Value)>(3) { ("utm_source", Source ?? network) };
        if (Medium is not null)
        {
            wanted.Add(("utm_medium", Medium));
        }

        if (Campaign is not null)
        {
            wanted.Add(("utm_campaign", Campaign));
        }

        var pairs = query.Length == 0 ? [] : query.Split('&').ToList();
        foreach (var (key, value) in wanted)
        {
            var encoded = key + "=" + Uri.EscapeDataString(value);
            var matches = Enumerable.Range(0, pairs.Count)
                .Where(i => string.Equals(KeyOf(pairs[i]), key, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (matches.Count == 0)
            {
                pairs.Add(encoded);
                continue;
            }

            pairs[matches[0]] = encoded;
            for (var i = matches.Count - 1; i >= 1; i--)
            {
                pairs.RemoveAt(matches[i]);
            }
        }

        // "https://example.com?utm_source=x" works, but the empty path is written out as most tools do.
        var authorityAt = path.IndexOf("://", StringComparison.Ordinal);
        if (authorityAt >= 0 && path.IndexOf('/', authorityAt + 3) < 0)
        {
            path += "/";
        }

        var builder = new StringBuilder(link.Length + 64).Append(path).Append('?');
        builder.AppendJoin('&', pairs.Where(pair => pair.Length > 0));
        return builder.Append(fragment).ToString();
    }

    /// <summary>Checks the values a user typed: short, printable, non-empty.</summary>
    /// <exception cref="ArgumentException">A value is empty, too long or holds control characters.</exception>
    public UtmTags Validated()
    {
        Check(Source, "source");
        Check(Medium, "medium");
        Check(Campaign, "campaign");
        return this;
    }

    private static void Check(string? value, string name)
    {
        if (value is null)
        {
            return;
        }

        if (value.Trim().Length == 0 || value.Length > MaxValueLength || value.Any(char.IsControl))
        {
            throw new ArgumentException($"utm_{name} must be 1 to {MaxValueLength} printable characters.", nameof(value));
        }
    }

    private static string KeyOf(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? pair : pair[..equals];
        return Uri.UnescapeDataString(key);
    }
}
