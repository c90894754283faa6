using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Rapport.Core.Chats.Transcripts;

/// <summary>Whole-tag, case-insensitive hashtag matching: "#chat" is in "A1 yes #Chat!" but not in "#chatter".</summary>
public static partial class Hashtag
{
    private const string HashSigns = "#\uFF03";

    /// <summary>"#Chat", "chat" and "＃chat" all become "chat".</summary>
    public static string Normalize(string hashtag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hashtag);
        var tag = hashtag.Trim().TrimStart(HashSigns.ToCharArray());
        if (tag.Length == 0 || tag.Any(c => !(char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)))
        {
            throw new ArgumentException($"'{hashtag}' is not a hashtag.", nameof(hashtag));
        }

        return tag;
    }

    public static bool Contains(string text, string hashtag) => Pattern(hashtag).IsMatch(text);

    /// <summary>The text with every occurrence of the tag removed and the spaces around it closed up.</summary>
    public static string Remove(string text, string hashtag) =>
        Spaces().Replace(Pattern(hashtag).Replace(text, " "), " ").Trim();

    // A session window tests thousands of posts against the same few tags; build each pattern once.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.OrdinalIgnoreCase);
    private const int MaxCachedPatterns = 1024;

    private static Regex Pattern(string hashtag)
    {
        var tag = Normalize(hashtag);
        if (Patterns.TryGetValue(tag, out var cached))
        {
            return cached;
        }

        if (Patterns.Count >= MaxCachedPatterns)
        {
            Patterns.Clear();
        }

        return Patterns.GetOrAdd(tag, t => new Regex(
            @"(?<![\p{L}\p{N}_&])[#\uFF03]" + Regex.Escape(t) + @"(?![\p{L}\p{N}_\p{Mn}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)));
    }

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
