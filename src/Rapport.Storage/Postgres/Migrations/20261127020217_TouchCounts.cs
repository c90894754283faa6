using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TouchCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "last_touch_at",
                table: "identities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "touch_count",
                table: "identities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Every writer of touches (the import's COPY upserts, the touch log, chat and share touches, likes
            // resolved in SQL) keeps the figures through these triggers, so none can forget them. They are per
            // statement, over the statement's transition tables, so a bulk upsert moves each person once.
            migrationBuilder.Sql("""
                UPDATE identities AS i SET touch_count = c.touch_count, last_touch_at = c.last_touch_at
                FROM (SELECT person_id, COUNT(*)::integer AS touch_count, MAX(occurred_at) AS last_touch_at
                      FROM touches GROUP BY person_id) AS c
                WHERE i.person_id = c.person_id;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION touch_counts_touches_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE identities AS i SET
                        touch_count = i.touch_count + n.added,
                        last_touch_at = GREATEST(i.last_touch_at, n.latest)
                    FROM (SELECT person_id, COUNT(*)::integer AS added, MAX(occurred_at) AS latest
                          FROM new_touches GROUP BY person_id) AS n
                    WHERE i.person_id = n.person_id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_counts_touches_inserted AFTER INSERT ON touches
                    REFERENCING NEW TABLE AS new_touches
                    FOR EACH STATEMENT EXECUTE FUNCTION touch_counts_touches_inserted();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION touch_counts_touches_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE identities AS i SET touch_count = c.touch_count, last_touch_at = c.last_touch_at
                    FROM (SELECT DISTINCT person_id FROM old_touches) AS p
                    CROSS JOIN LATERAL (
                        SELECT COUNT(*)::integer AS touch_count, MAX(t.occurred_at) AS last_touch_at
                        FROM touches AS t WHERE t.person_id = p.person_id) AS c
                    WHERE i.person_id = p.person_id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_counts_touches_deleted AFTER DELETE ON touches
                    REFERENCING OLD TABLE AS old_touches
                    FOR EACH STATEMENT EXECUTE FUNCTION touch_counts_touches_deleted();
                """);

            // PostgreSQL takes no column list on a trigger with transition tables: only rows whose person or
            // time changed are recounted (an import rewrites a changed touch's every column).
            migrationBuilder.Sql("""
                CREATE FUNCTION touch_counts_touches_updated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE identities AS i SET touch_count = c.touch_count, last_touch_at = c.last_touch_at
                    FROM (SELECT o.person_id FROM old_touches AS o JOIN new_touches AS n ON n.id = o.id
                          WHERE o.person_id IS DISTINCT FROM n.person_id OR o.occurred_at IS DISTINCT FROM n.occurred_at
                          UNION
                          SELECT n.person_id FROM old_touches AS o JOIN new_touches AS n ON n.id = o.id
                          WHERE o.person_id IS DISTINCT FROM n.person_id OR o.occurred_at IS DISTINCT FROM n.occurred_at) AS p
                    CROSS JOIN LATERAL (
                        SELECT COUNT(*)::integer AS touch_count, MAX(t.occurred_at) AS last_touch_at
                        FROM touches AS t WHERE t.person_id = p.person_id) AS c
                    WHERE i.person_id = p.person_id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_counts_touches_updated AFTER UPDATE ON touches
                    REFERENCING OLD TABLE AS old_touches NEW TABLE AS new_touches
                    FOR EACH STATEMENT EXECUTE FUNCTION touch_counts_touches_updated();
                """);

            // A new identity of a person the ledger already has touches with starts from the person's figures.
            migrationBuilder.Sql("""
                CREATE FUNCTION touch_counts_identities_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE identities AS i SET touch_count = c.touch_count, last_touch_at = c.last_touch_at
                    FROM new_identities AS n
                    CROSS JOIN LATERAL (
                        SELECT COUNT(*)::integer AS touch_count, MAX(t.occurred_at) AS last_touch_at
                        FROM touches AS t WHERE t.person_id = n.person_id) AS c
                    WHERE i.id = n.id AND c.touch_count > 0;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_counts_identities_inserted AFTER INSERT ON identities
                    REFERENCING NEW TABLE AS new_identities
                    FOR EACH STATEMENT EXECUTE FUNCTION touch_counts_identities_inserted();
                CREATE FUNCTION touch_counts_identity_moved() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE identities SET
                        touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = NEW.person_id),
                        last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = NEW.person_id)
                    WHERE id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_counts_identity_moved AFTER UPDATE OF person_id ON identities
                    FOR EACH ROW WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id)
                    EXECUTE FUNCTION touch_counts_identity_moved();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_identities_touch_count_handle_key_id_is_ego",
                table: "identities",
                columns: new[] { "touch_count", "handle_key", "id", "is_ego" },
                descending: new[] { true, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS touch_counts_touches_inserted ON touches;
                DROP TRIGGER IF EXISTS touch_counts_touches_deleted ON touches;
                DROP TRIGGER IF EXISTS touch_counts_touches_updated ON touches;
                DROP TRIGGER IF EXISTS touch_counts_identities_inserted ON identities;
                DROP TRIGGER IF EXISTS touch_counts_identity_moved ON identities;
                DROP FUNCTION IF EXISTS touch_counts_touches_inserted();
                DROP FUNCTION IF EXISTS touch_counts_touches_deleted();
                DROP FUNCTION IF EXISTS touch_counts_touches_updated();
                DROP FUNCTION IF EXISTS touch_counts_identities_inserted();
                DROP FUNCTION IF EXISTS touch_counts_identity_moved();
                """);

            migrationBuilder.DropIndex(
                name: "ix_identities_touch_count_handle_key_id_is_ego",
                table: "identities");

            migrationBuilder.DropColumn(
                name: "last_touch_at",
                table: "identities");

            migrationBuilder.DropColumn(
                name: "touch_count",
                table: "identities");
        }
    }
}
