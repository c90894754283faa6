using System.Data.Common;
using System.Globalization;

namespace Rapport.Storage.Connections;

/// <summary>
/// What the ego's facts are derived from, read in one batch: their identities, the chats, and a stamp over
/// the chat transcripts and the ego's hashtagged posts. The facts are recomputed only when <see cref="Stamp"/>
/// changes.
/// </summary>
internal sealed class EgoFactsRead
{
    /// <summary>Keeps the summed post hashes well inside a 64-bit integer on both engines.</summary>
    private const long HashModulus = 1_000_000_007;

    private HashCode _stamp;

    public List<(long Id, long PersonId, string? Handle)> Identities { get; } = [];

    public List<(long Id, string Name, string Hashtags, bool Attending)> Chats { get; } = [];

    public string Stamp => _stamp.ToHashCode().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds the statements; <paramref name="knownEgoIds"/> are the ego's identities as last read. Should they have
    /// changed, the identities read in the same batch change the stamp anyway.
    /// </summary>
    public void AddTo(SqlBatch batch, IdSet set, long[] knownEgoIds) => batch
        .With([set.Parameter("known_egos", knownEgoIds)])
        .Add($"SELECT id, person_id, handle FROM identities WHERE is_ego = {set.True} ORDER BY id", reader =>
        {
            Identities.Add((reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            AddRow(reader);
        })
        .Add("SELECT id, name, hashtags, attending FROM chats ORDER BY id", reader =>
        {
            Chats.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
            AddRow(reader);
        })
        // Transcript lines only ever arrive or go (count and newest id), and any change to the hashtags of an ego's
        // post changes its content hash.
        .Add(
            $"""
            SELECT t.lines, t.last_line, e.posts, e.last_post, e.hashes
            FROM (SELECT COUNT(*) AS lines, MAX(id) AS last_line FROM chat_transcript_posts) t
            CROSS JOIN (SELECT COUNT(*) AS posts, MAX(id) AS last_post, SUM(content_hash % {HashModulus}) AS hashes
                        FROM posts
                        WHERE {set.Contains("author_identity_id", "known_egos")} AND hashtags <> '[]') e
            """,
            AddRow);

    private void AddRow(DbDataReader reader)
    {
        for (var column = 0; column < reader.FieldCount; column++)
        {
            _stamp.Add(reader.IsDBNull(column) ? null : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture), StringComparer.Ordinal);
        }
    }
}
