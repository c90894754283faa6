using System.Globalization;
using Rapport.Core.Search;
using Rapport.Storage.Search;

namespace Rapport.Storage.Postgres;

/// <summary>
/// Generated <c>search_vector</c> columns with GIN indexes, queried with <c>websearch_to_tsquery</c> (which
/// never fails on user input) and ranked with <c>ts_rank</c> over weights A (handle, name) to C (location).
/// </summary>
internal sealed class PostgresSearchDialect : ISearchDialect
{
    public string InterestCondition =>
        """
        (i.search_vector @@ websearch_to_tsquery('english', @interest)
         OR EXISTS (SELECT 1 FROM posts ip WHERE ip.author_identity_id = i.id
                    AND ip.search_vector @@ websearch_to_tsquery('english', @interest)))
        """;

    /// <summary>Rebuilt in websearch syntax from the cleaned items, so quotes and operators are the parser's own.</summary>
    public string Render(SearchText text)
    {
        var parts = text.Required.Select(group => string.Join(" or ", group.Select(Quote))).ToList();
        parts.AddRange(text.Excluded.Select(excluded => "-" + Quote(excluded)));
        return string.Join(" ", parts);
    }

    public string HitsSql(SearchText text, bool includePosts, bool windowed) => (includePosts
        ? """
          q AS (SELECT websearch_to_tsquery('english', @match) AS query),
          profile_hits AS MATERIALIZED (
              SELECT i.id AS identity_id, ts_rank(i.search_vector, q.query) AS score
              FROM identities i, q WHERE i.search_vector @@ q.query {window}),
          post_matches AS MATERIALIZED (
              SELECT p.author_identity_id AS identity_id, ts_rank(p.search_vector, q.query) AS score
              FROM posts p, q WHERE p.search_vector @@ q.query {window}),
          post_hits AS (
              SELECT identity_id, 0.5 * MAX(score) AS score FROM post_matches GROUP BY identity_id),
          hits AS (
              SELECT identity_id, SUM(score) AS score, MAX(profile_matched) AS profile_matched FROM (
                  SELECT identity_id, score, 1 AS profile_matched FROM profile_hits
                  UNION ALL
                  SELECT identity_id, score, 0 AS profile_matched FROM post_hits) all_hits
              GROUP BY identity_id)
          """
        : """
          q AS (SELECT websearch_to_tsquery('english', @match) AS query),
          hits AS (
              SELECT i.id AS identity_id, ts_rank(i.search_vector, q.query) AS score, 1 AS profile_matched
              FROM identities i, q WHERE i.search_vector @@ q.query {window})
          """).Replace("{window}", windowed ? "LIMIT @window" : string.Empty, StringComparison.Ordinal);

    public string MatchingPostsSql(int authorCount) =>
        $"""
        SELECT p.author_identity_id, p.external_id, p.text, p.created_at, i.handle
        FROM posts p JOIN identities i ON i.id = p.author_identity_id
        WHERE p.search_vector @@ websearch_to_tsquery('english', @match) AND p.author_identity_id IN ({Parameters(authorCount)})
        ORDER BY p.created_at DESC
        """;

    private static string Parameters(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(n => "@a" + n.ToString(CultureInfo.InvariantCulture)));

    private static string Quote(string item) => "\"" + EmojiWords.Spell(item).Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
}
