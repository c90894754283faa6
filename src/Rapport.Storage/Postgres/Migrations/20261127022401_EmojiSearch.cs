using System.Globalization;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <summary>
    /// Emoji become words in the full-text index (☕ is indexed as emoji2615, where it stands; skin tones and
    /// joiners become spaces, variation selectors are dropped), as Rapport.Core.Search.EmojiWords spells queries:
    /// PostgreSQL's parser drops emoji. The generated columns are recreated over an immutable function that does
    /// the spelling, which rebuilds them (and their GIN indexes) for the rows already there. The values are
    /// frozen here, not read from EmojiWords.
    /// </summary>
    public partial class EmojiSearch : Migration
    {
        private static readonly (int First, int Last)[] Ranges =
            [(0x2300, 0x23FF), (0x25A0, 0x25FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            var pattern = string.Concat(Ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"\\U{r.First:X8}-\\U{r.Last:X8}")));
            var emoji = string.Join(" OR ", Ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"ascii(c) BETWEEN {r.First} AND {r.Last}")));
            migrationBuilder.Sql(
                $$"""
                CREATE FUNCTION rapport_emoji_words(value text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $spell$
                    SELECT CASE WHEN value ~ '[{{pattern}}]' THEN (
                        SELECT coalesce(string_agg(
                            CASE WHEN ascii(c) BETWEEN 127995 AND 127999 OR ascii(c) = 8205 THEN ' '
                                 WHEN ascii(c) IN (65038, 65039) THEN ''
                                 WHEN {{emoji}} THEN ' emoji' || to_hex(ascii(c)) || ' '
                                 ELSE c END, '' ORDER BY n), '')
                        FROM regexp_split_to_table(value, '') WITH ORDINALITY AS t(c, n))
                    ELSE value END
                $spell$;
                DROP INDEX IF EXISTS ix_identities_search_vector;
                ALTER TABLE identities DROP COLUMN IF EXISTS search_vector;
                ALTER TABLE identities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(handle, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(rapport_emoji_words(display_name), '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(rapport_emoji_words(bio), '')), 'B') ||
                    setweight(to_tsvector('english', coalesce(rapport_emoji_words(location), '')), 'C')) STORED;
                CREATE INDEX ix_identities_search_vector ON identities USING GIN (search_vector);
                DROP INDEX IF EXISTS ix_posts_search_vector;
                ALTER TABLE posts DROP COLUMN IF EXISTS search_vector;
                ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('english', coalesce(rapport_emoji_words(text), ''))) STORED;
                CREATE INDEX ix_posts_search_vector ON posts USING GIN (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP INDEX IF EXISTS ix_identities_search_vector;
                ALTER TABLE identities DROP COLUMN IF EXISTS search_vector;
                ALTER TABLE identities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(handle, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(display_name, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(bio, '')), 'B') ||
                    setweight(to_tsvector('english', coalesce(location, '')), 'C')) STORED;
                CREATE INDEX ix_identities_search_vector ON identities USING GIN (search_vector);
                DROP INDEX IF EXISTS ix_posts_search_vector;
                ALTER TABLE posts DROP COLUMN IF EXISTS search_vector;
                ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('english', coalesce(text, ''))) STORED;
                CREATE INDEX ix_posts_search_vector ON posts USING GIN (search_vector);
                DROP FUNCTION IF EXISTS rapport_emoji_words(text);
                """);
        }
    }
}
