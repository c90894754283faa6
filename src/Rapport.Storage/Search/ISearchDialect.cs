using Rapport.Core.Search;

namespace Rapport.Storage.Search;

/// <summary>
/// The engine-specific half of search: how a parsed <see cref="SearchText"/> becomes a full-text query
/// parameter, and the SQL that finds and ranks matching identities and posts with it.
/// </summary>
internal interface ISearchDialect
{
    /// <summary>The value bound to <c>@match</c> (and <c>@interest</c>) for this text.</summary>
    string Render(SearchText text);

    /// <summary>
    /// Common table expressions ending in <c>hits(identity_id, score, profile_matched)</c> for <paramref name="text"/>
    /// (rendered into <c>@match</c>); with <paramref name="windowed"/>, each index is read for at most
    /// <c>@window</c> matches.
    /// </summary>
    string HitsSql(SearchText text, bool includePosts, bool windowed);

    /// <summary>A condition on identity <c>i</c>: its profile or one of its posts matches <c>@interest</c>.</summary>
    string InterestCondition { get; }

    /// <summary>Posts of the given authors (bound as <c>@a0</c>, <c>@a1</c>...) that match <c>@match</c>, newest first.</summary>
    string MatchingPostsSql(int authorCount);
}
