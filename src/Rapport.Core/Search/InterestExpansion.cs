using Rapport.Core.Connections;

namespace Rapport.Core.Search;

/// <summary>
/// An interest as the taxonomy reads it: the topics it names and the words, phrases, hashtags and emoji that
/// signal them, which a search looks for instead of the one word typed.
/// </summary>
public sealed record InterestExpansion(string Interest, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Terms)
{
    /// <summary>Any one of the terms: what the store is asked to find.</summary>
    public SearchText ToSearchText() =>
        SearchText.Parse(string.Join(" OR ", Terms.Select(term => "\"" + term + "\"")));
}
