using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identity_id = table.Column<long>(type: "bigint", nullable: false),
                    field = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true),
                    seen_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_triage_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follower_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rule_id = table.Column<long>(type: "bigint", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            // Full-text search: generated tsvector columns (weighted: handle and name, then bio, then location)
            // with GIN indexes; the database keeps them in step with every write.
            migrationBuilder.Sql(
                """
                ALTER TABLE identities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(handle, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(display_name, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(bio, '')), 'B') ||
                    setweight(to_tsvector('english', coalesce(location, '')), 'C')) STORED;
                CREATE INDEX ix_identities_search_vector ON identities USING GIN (search_vector);
                ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('english', coalesce(text, ''))) STORED;
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
                DROP INDEX IF EXISTS ix_posts_search_vector;
                ALTER TABLE posts DROP COLUMN IF EXISTS search_vector;
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
