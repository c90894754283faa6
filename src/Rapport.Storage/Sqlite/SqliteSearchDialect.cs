using System.Globalization;
using Rapport.Core.Search;
using Rapport.Storage.Search;

namespace Rapport.Storage.Sqlite;

/// <summary>FTS5 over <c>identity_search</c> and <c>post_search</c>, ranked by bm25 (handle and name weigh most).</summary>
internal sealed class SqliteSearchDialect : ISearchDialect
{
    public string InterestCondition =>
        """
        (i.id IN (SELECT rowid FROM identity_search WHERE identity_search MATCH @interest)
         OR i.id IN (SELECT p.author_identity_id FROM post_search JOIN posts p ON p.id = post_search.rowid
                     WHERE post_search MATCH @interest))
        """;

    /// <summary>Every item becomes an FTS5 string (a word or a phrase), so nothing the user typed is read as syntax.</summary>
    public string Render(SearchText text)
    {
        var groups = text.Required.Select(group => group.Count == 1
            ? Quote(group[0])
            : "(" + string.Join(" OR ", group.Select(Quote)) + ")");
        var query = string.Join(" AND ", groups);
        foreach (var excluded in text.Excluded)
        {
            query += " NOT " + Quote(excluded);
        }

        return query;
    }

    public string HitsSql(SearchText text, bool includePosts, bool windowed)
    {
        if (windowed && HasPhrase(text))
        {
            return includePosts
                ? $"""
                  {PhraseRanked("profile_hits", "identity_search", "identity_id", ProfileColumns)},
                  {PhraseRanked("post_matches", "post_search", "post_id", PostColumns)},
                  {PostsAndProfiles}
                  """
                : $"""
                  {PhraseRanked("profile_hits", "identity_search", "identity_id", ProfileColumns)},
                  hits AS (SELECT identity_id, score, 1 AS profile_matched FROM profile_hits)
                  """;
        }

        return (includePosts
            ? $$"""
              profile_hits AS MATERIALIZED (
                  SELECT rowid AS identity_id, -bm25(identity_search, 4.0, 4.0, 2.0, 1.0) AS score
                  FROM identity_search WHERE identity_search MATCH @match {window}),
              post_matches AS MATERIALIZED (
                  SELECT rowid AS post_id, -bm25(post_search) AS score FROM post_search WHERE post_search MATCH @match {window}),
              {{PostsAndProfiles}}
              """
            : """
              hits AS (
                  SELECT rowid AS identity_id, -bm25(identity_search, 4.0, 4.0, 2.0, 1.0) AS score, 1 AS profile_matched
                  FROM identity_search WHERE identity_search MATCH @match {window})
              """).Replace("{window}", windowed ? "LIMIT @window" : string.Empty, StringComparison.Ordinal);
    }

    public string MatchingPostsSql(int authorCount) =>
        $"""
        SELECT p.author_identity_id, p.external_id, p.text, p.created_at, i.handle
        FROM post_search JOIN posts p ON p.id = post_search.rowid JOIN identities i ON i.id = p.author_identity_id
        WHERE post_search MATCH @match AND p.author_identity_id IN ({Parameters(authorCount)})
        ORDER BY p.created_at DESC
        """;

    /// <summary>A match in the handle or name says most, then the bio, then the location (the weights bm25 is given).</summary>
    private static readonly (string Name, double Weight)[] ProfileColumns = [("handle", 4.0), ("display_name", 4.0), ("bio", 2.0), ("location", 1.0)];

    private static readonly (string Name, double Weight)[] PostColumns = [("text", 1.0)];

    private const string PostsAndProfiles =
        """
        post_hits AS (
            SELECT p.author_identity_id AS identity_id, 0.5 * MAX(m.score) AS score
            FROM post_matches m JOIN posts p ON p.id = m.post_id
            GROUP BY p.author_identity_id),
        hits AS (
            SELECT identity_id, SUM(score) AS score, MAX(profile_matched) AS profile_matched FROM (
                SELECT identity_id, score, 1 AS profile_matched FROM profile_hits
                UNION ALL
                SELECT identity_id, score, 0 AS profile_matched FROM post_hits) all_hits
            GROUP BY identity_id)
        """;

    private static bool HasPhrase(SearchText text) =>
        text.Required.Any(group => group.Any(IsPhrase)) || text.Excluded.Any(IsPhrase);

    private static bool IsPhrase(string item) => EmojiWords.Spell(item).Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// Ranks a window of phrase matches without bm25(). bm25() weighs each phrase by how many rows of the whole
    /// index hold it, and FTS5 finds that by checking the phrase's positions in every row that has all its words:
    /// for two common words that is tens of thousands of rows (44,451 for "product manager" in a million bios),
    /// however few are ranked. Here the window is the first matches in index order, as for words, and each is
    /// scored with bm25's own formula (k1 = 1.2, b = 0.75, the same column weights) over what the row itself
    /// holds: how often the query's phrases occur in each column (the markers highlight() inserts) and the row's
    /// length in words against the window's average. What is left out is the rarity factor: for a query that is
    /// one phrase it is the same for every row, so the order is bm25's; with several items, each counts alike
    /// rather than the rarer one more. Single words and word lists keep bm25, whose counts are cheap.
    /// </summary>
    private static string PhraseRanked(string name, string table, string key, (string Name, double Weight)[] columns)
    {
        var read = string.Join(
            ", ",
            columns.Select((column, n) => Invariant($"coalesce({column.Name}, '') AS r{n}, coalesce(highlight({table}, {n}, char(1), ''), '') AS h{n}")));
        var weighted = string.Join(" + ", columns.Select((column, n) => Invariant($"{column.Weight:0.0#} * (length(h{n}) - length(r{n}))")));
        var all = string.Join(" || ' ' || ", columns.Select((_, n) => Invariant($"r{n}")));
        return $"""
            {name}_window AS MATERIALIZED (
                SELECT rowid AS {key}, {read} FROM {table} WHERE {table} MATCH @match LIMIT @window),
            {name}_counted AS (
                SELECT {key}, {weighted} AS tf, length({all}) - length(replace({all}, ' ', '')) + 1 AS words FROM {name}_window),
            {name} AS (
                SELECT {key}, tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * words / AVG(words) OVER ())) AS score FROM {name}_counted)
            """;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Parameters(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(n => "@a" + n.ToString(CultureInfo.InvariantCulture)));

    private static string Quote(string item) => "\"" + EmojiWords.Spell(item).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
