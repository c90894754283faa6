using System.Text;

namespace Rapport.Core.Search;

/// <summary>
/// What a person typed into a search box, read the way web search engines read it: words must all be
/// there, "quoted words" as a phrase, <c>OR</c> between two items accepts either, a leading '-' excludes.
/// Each engine renders it into its own full-text syntax; the text itself only ever travels as a parameter.
/// </summary>
public sealed class SearchText
{
    public const int MaxLength = 500;
    public const int MaxItems = 32;

    private SearchText(IReadOnlyList<IReadOnlyList<string>> required, IReadOnlyList<string> excluded)
    {
        Required = required;
        Excluded = excluded;
    }

    /// <summary>Every group must match; a group matches when any of its items (a word or a phrase of words) does.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Required { get; }

    public IReadOnlyList<string> Excluded { get; }

    public bool IsEmpty => Required.Count == 0;

    public static SearchText Parse(string? text)
    {
        var input = text ?? string.Empty;
        if (input.Length > MaxLength)
        {
            input = input[..MaxLength];
        }

        var groups = new List<List<string>>();
        var excluded = new List<string>();
        var joinNext = false;
        var position = 0;
        while (position < input.Length && groups.Sum(g => g.Count) + excluded.Count < MaxItems)
        {
            if (char.IsWhiteSpace(input[position]))
            {
                position++;
                continue;
            }

            var negated = input[position] == '-' && position + 1 < input.Length && !char.IsWhiteSpace(input[position + 1]);
            if (negated)
            {
                position++;
            }

            string raw;
            var quoted = input[position] == '"';
            if (quoted)
            {
                var end = input.IndexOf('"', position + 1);
                raw = end < 0 ? input[(position + 1)..] : input[(position + 1)..end];
                position = end < 0 ? input.Length : end + 1;
            }
            else
            {
                var end = position;
                while (end < input.Length && !char.IsWhiteSpace(input[end]))
                {
                    end++;
                }

                raw = input[position..end];
                position = end;
            }

            if (!quoted && !negated && raw is "OR" or "|")
            {
                joinNext = groups.Count > 0;
                continue;
            }

            var item = Clean(raw);
            if (item.Length == 0)
            {
                continue;
            }

            if (negated)
            {
                excluded.Add(item);
            }
            else if (joinNext)
            {
                groups[^1].Add(item);
            }
            else
            {
                groups.Add([item]);
            }

            joinNext = false;
        }

        return new SearchText([.. groups.Select(g => (IReadOnlyList<string>)g)], excluded);
    }

    /// <summary>
    /// Keeps the words of an item: letters, digits, marks and symbols such as emoji, with single spaces
    /// between; quotes and punctuation, which full-text syntaxes give meaning to, are dropped.
    /// </summary>
    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var space = false;
        foreach (var rune in raw.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune)
                || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                || (category == System.Globalization.UnicodeCategory.OtherSymbol && rune.Value > 0x7F)
                || rune.Value == '_';
            if (keep)
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(rune.ToString());
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
