using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Sqlite.Migrations
{
    /// <summary>
    /// Emoji become words in the full-text index (☕ is indexed as emoji2615, where it stands; skin tones and
    /// joiners become spaces, variation selectors are dropped), as Rapport.Core.Search.EmojiWords spells queries.
    /// FTS5's tokeniser cannot be taught this and the triggers must work on any connection (no application
    /// function), so the spelling is plain SQL: texts holding an emoji in the ranges below are rebuilt character
    /// by character (the first 4,000 characters; the rest is kept as it is), others pass through unchanged. GLOB
    /// with a character class costs microseconds per text, so it runs only on texts holding the first UTF-8
    /// bytes of those ranges (E2 for U+2300 to U+2BFF, F0 9F for the emoji planes), found by instr(). The
    /// FTS tables read their content through views that spell it the same way, so a rebuild, highlight() and the
    /// triggers' deletes all see what was indexed. The values are frozen here, not read from EmojiWords.
    /// </summary>
    public partial class EmojiSearch : Migration
    {
        private const int SpelledCharacters = 4000;
        private static readonly (int First, int Last)[] Ranges =
            [(0x2300, 0x23FF), (0x25A0, 0x25FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)];

        private const string Tokenizer = "tokenize='porter unicode61 remove_diacritics 2'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                $"""
                {DropSearch}
                CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
                WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < {SpelledCharacters})
                INSERT INTO search_positions (n) SELECT n FROM p;
                CREATE VIEW identity_search_source AS
                    SELECT id, handle, {Spell("display_name")} AS display_name, {Spell("bio")} AS bio, {Spell("location")} AS location
                    FROM identities;
                CREATE VIEW post_search_source AS SELECT id, {Spell("text")} AS text FROM posts;
                {CreateSearch("identity_search_source", "post_search_source", Spell)}
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                $"""
                {DropSearch}
                DROP VIEW IF EXISTS identity_search_source;
                DROP VIEW IF EXISTS post_search_source;
                DROP TABLE IF EXISTS search_positions;
                {CreateSearch("identities", "posts", column => column)}
                """);
        }

        private const string DropSearch =
            """
            DROP TRIGGER IF EXISTS identity_search_after_insert;
            DROP TRIGGER IF EXISTS identity_search_after_delete;
            DROP TRIGGER IF EXISTS identity_search_after_update;
            DROP TABLE IF EXISTS identity_search;
            DROP TRIGGER IF EXISTS post_search_after_insert;
            DROP TRIGGER IF EXISTS post_search_after_delete;
            DROP TRIGGER IF EXISTS post_search_after_update;
            DROP TABLE IF EXISTS post_search;
            """;

        private static string CreateSearch(string identities, string posts, System.Func<string, string> spell)
        {
            string Profile(string row) =>
                $"{row}.id, {row}.handle, {spell(row + ".display_name")}, {spell(row + ".bio")}, {spell(row + ".location")}";
            return $"""
                CREATE VIRTUAL TABLE identity_search USING fts5(
                    handle, display_name, bio, location, content='{identities}', content_rowid='id', {Tokenizer});
                CREATE TRIGGER identity_search_after_insert AFTER INSERT ON identities BEGIN
                    INSERT INTO identity_search(rowid, handle, display_name, bio, location) VALUES ({Profile("new")});
                END;
                CREATE TRIGGER identity_search_after_delete AFTER DELETE ON identities BEGIN
                    INSERT INTO identity_search(identity_search, rowid, handle, display_name, bio, location) VALUES ('delete', {Profile("old")});
                END;
                CREATE TRIGGER identity_search_after_update AFTER UPDATE OF handle, display_name, bio, location ON identities BEGIN
                    INSERT INTO identity_search(identity_search, rowid, handle, display_name, bio, location) VALUES ('delete', {Profile("old")});
                    INSERT INTO identity_search(rowid, handle, display_name, bio, location) VALUES ({Profile("new")});
                END;
                INSERT INTO identity_search(identity_search) VALUES ('rebuild');
                CREATE VIRTUAL TABLE post_search USING fts5(text, content='{posts}', content_rowid='id', {Tokenizer});
                CREATE TRIGGER post_search_after_insert AFTER INSERT ON posts BEGIN
                    INSERT INTO post_search(rowid, text) VALUES (new.id, {spell("new.text")});
                END;
                CREATE TRIGGER post_search_after_delete AFTER DELETE ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, text) VALUES ('delete', old.id, {spell("old.text")});
                END;
                CREATE TRIGGER post_search_after_update AFTER UPDATE OF text ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, text) VALUES ('delete', old.id, {spell("old.text")});
                    INSERT INTO post_search(rowid, text) VALUES (new.id, {spell("new.text")});
                END;
                INSERT INTO post_search(post_search) VALUES ('rebuild');
                """;
        }

        /// <summary>The SQL expression of <paramref name="value"/> with its emoji spelled as words.</summary>
        private static string Spell(string value)
        {
            var glob = new StringBuilder("*[");
            foreach (var (first, last) in Ranges)
            {
                glob.Append(char.ConvertFromUtf32(first)).Append('-').Append(char.ConvertFromUtf32(last));
            }

            glob.Append("]*");
            var emoji = string.Join(" OR ", Ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"u BETWEEN {r.First} AND {r.Last}")));
            return $"""
                (CASE WHEN (instr(CAST({value} AS BLOB), x'F09F') > 0 OR instr(CAST({value} AS BLOB), x'E2') > 0)
                           AND {value} GLOB '{glob}' THEN coalesce((
                    SELECT group_concat(piece, '') FROM (
                        SELECT CASE WHEN u BETWEEN 127995 AND 127999 OR u = 8205 THEN ' '
                                    WHEN u IN (65038, 65039) THEN ''
                                    WHEN {emoji} THEN ' emoji' || printf('%x', u) || ' '
                                    ELSE c END AS piece
                        FROM (SELECT substr({value}, n, 1) AS c, unicode(substr({value}, n, 1)) AS u
                              FROM search_positions WHERE n <= length({value}) ORDER BY n))), '')
                    || substr({value}, {SpelledCharacters + 1})
                 ELSE {value} END)
                """;
        }
    }
}
