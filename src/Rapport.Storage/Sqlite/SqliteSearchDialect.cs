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

    public string HitsSql(bool includePosts, bool windowed) => (includePosts
        ? """
          profile_hits AS MATERIALIZED (
              SELECT rowid AS identity_id, -bm25(identity_search, 4.0, 4.0, 2.0, 1.0) AS score
              FROM identity_search WHERE identity_search MATCH @match {window}),
          post_matches AS MATERIALIZED (
              SELECT rowid AS post_id, -bm25(post_search) AS score FROM post_search WHERE post_search MATCH @match {window}),
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
          """
        : """
          hits AS (
              SELECT rowid AS identity_id, -bm25(identity_search, 4.0, 4.0, 2.0, 1.0) AS score, 1 AS profile_matched
              FROM identity_search WHERE identity_search MATCH @match {window})
          """).Replace("{window}", windowed ? "LIMIT @window" : string.Empty, StringComparison.Ordinal);

    public string MatchingPostsSql(int authorCount) =>
        $"""
        SELECT p.author_identity_id, p.external_id, p.text, p.created_at, i.handle
        FROM post_search JOIN posts p ON p.id = post_search.rowid JOIN identities i ON i.id = p.author_identity_id
        WHERE post_search MATCH @match AND p.author_identity_id IN ({Parameters(authorCount)})
        ORDER BY p.created_at DESC
        """;

    private static string Parameters(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(n => "@a" + n.ToString(CultureInfo.InvariantCulture)));

    private static string Quote(string item) => "\"" + item.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
