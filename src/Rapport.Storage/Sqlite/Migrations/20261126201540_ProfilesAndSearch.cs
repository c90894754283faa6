using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProfilesAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "profile_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    identity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true),
                    seen_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_profile_changes_identities_identity_id",
                        column: x => x.identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "triage_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_triage_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follower_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rule_id = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follower_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_follower_decisions_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_follower_decisions_triage_rules_rule_id",
                        column: x => x.rule_id,
                        principalTable: "triage_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follower_decisions_person_id",
                table: "follower_decisions",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follower_decisions_rule_id",
                table: "follower_decisions",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_changes_identity_id_seen_at",
                table: "profile_changes",
                columns: new[] { "identity_id", "seen_at" });

            // Full-text search: FTS5 tables over the ledger's own rows, kept in step by triggers so every write
            // path (bulk imports, stores) updates them in the same transaction.
            migrationBuilder.Sql(
                """
                CREATE VIRTUAL TABLE identity_search USING fts5(
                    handle, display_name, bio, location,
                    content='identities', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
                CREATE TRIGGER identity_search_after_insert AFTER INSERT ON identities BEGIN
                    INSERT INTO identity_search(rowid, handle, display_name, bio, location)
                    VALUES (new.id, new.handle, new.display_name, new.bio, new.location);
                END;
                CREATE TRIGGER identity_search_after_delete AFTER DELETE ON identities BEGIN
                    INSERT INTO identity_search(identity_search, rowid, handle, display_name, bio, location)
                    VALUES ('delete', old.id, old.handle, old.display_name, old.bio, old.location);
                END;
                CREATE TRIGGER identity_search_after_update AFTER UPDATE OF handle, display_name, bio, location ON identities BEGIN
                    INSERT INTO identity_search(identity_search, rowid, handle, display_name, bio, location)
                    VALUES ('delete', old.id, old.handle, old.display_name, old.bio, old.location);
                    INSERT INTO identity_search(rowid, handle, display_name, bio, location)
                    VALUES (new.id, new.handle, new.display_name, new.bio, new.location);
                END;
                INSERT INTO identity_search(identity_search) VALUES ('rebuild');

                CREATE VIRTUAL TABLE post_search USING fts5(
                    text, content='posts', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
                CREATE TRIGGER post_search_after_insert AFTER INSERT ON posts BEGIN
                    INSERT INTO post_search(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER post_search_after_delete AFTER DELETE ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TRIGGER post_search_after_update AFTER UPDATE OF text ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, text) VALUES ('delete', old.id, old.text);
                    INSERT INTO post_search(rowid, text) VALUES (new.id, new.text);
                END;
                INSERT INTO post_search(post_search) VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER IF EXISTS identity_search_after_insert;
                DROP TRIGGER IF EXISTS identity_search_after_delete;
                DROP TRIGGER IF EXISTS identity_search_after_update;
                DROP TABLE IF EXISTS identity_search;
                DROP TRIGGER IF EXISTS post_search_after_insert;
                DROP TRIGGER IF EXISTS post_search_after_delete;
                DROP TRIGGER IF EXISTS post_search_after_update;
                DROP TABLE IF EXISTS post_search;
                """);

            migrationBuilder.DropTable(
                name: "follower_decisions");

            migrationBuilder.DropTable(
                name: "profile_changes");

            migrationBuilder.DropTable(
                name: "triage_rules");
        }
    }
}
