using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "touch_count",
                table: "identities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Every writer of touches (the import's bulk path, the touch log, chat and share touches, likes
            // resolved in SQL) keeps the figures through these triggers, so none can forget them.
            migrationBuilder.Sql("""
                UPDATE identities SET
                    touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = identities.person_id),
                    last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = identities.person_id);
                """);
            // The import's bulk writer holds a row here while it writes (inside its one write transaction, so no
            // other writer can run meanwhile) and recounts the people it touched before committing: a row
            // trigger per inserted touch was measured to cost more than the import's own writing.
            migrationBuilder.Sql("CREATE TABLE touch_counts_deferred (since_touch_id INTEGER NOT NULL);");
            migrationBuilder.Sql("""
                CREATE TRIGGER touch_counts_touch_inserted AFTER INSERT ON touches
                WHEN NOT EXISTS (SELECT 1 FROM touch_counts_deferred) BEGIN
                    UPDATE identities SET
                        touch_count = touch_count + 1,
                        last_touch_at = CASE WHEN last_touch_at IS NULL OR last_touch_at < NEW.occurred_at THEN NEW.occurred_at ELSE last_touch_at END
                    WHERE person_id = NEW.person_id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER touch_counts_touch_deleted AFTER DELETE ON touches BEGIN
                    UPDATE identities SET
                        touch_count = touch_count - 1,
                        last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = OLD.person_id)
                    WHERE person_id = OLD.person_id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER touch_counts_touch_moved AFTER UPDATE OF person_id, occurred_at ON touches
                WHEN OLD.person_id IS NOT NEW.person_id OR OLD.occurred_at IS NOT NEW.occurred_at BEGIN
                    UPDATE identities SET
                        touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = identities.person_id),
                        last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = identities.person_id)
                    WHERE person_id IN (OLD.person_id, NEW.person_id);
                END;
                """);

            // A new identity of a person the ledger already has touches with starts from the person's figures.
            migrationBuilder.Sql("""
                CREATE TRIGGER touch_counts_identity_inserted AFTER INSERT ON identities
                WHEN EXISTS (SELECT 1 FROM touches AS t WHERE t.person_id = NEW.person_id) BEGIN
                    UPDATE identities SET
                        touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = NEW.person_id),
                        last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = NEW.person_id)
                    WHERE id = NEW.id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER touch_counts_identity_moved AFTER UPDATE OF person_id ON identities
                WHEN OLD.person_id IS NOT NEW.person_id BEGIN
                    UPDATE identities SET
                        touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = NEW.person_id),
                        last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = NEW.person_id)
                    WHERE id = NEW.id;
                END;
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
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS touch_counts_touch_inserted;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS touch_counts_touch_deleted;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS touch_counts_touch_moved;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS touch_counts_identity_inserted;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS touch_counts_identity_moved;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS touch_counts_deferred;");

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
