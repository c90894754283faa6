using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CurationQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "quoted_author",
                table: "drafts",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "quoted_network",
                table: "drafts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "quoted_post_id",
                table: "drafts",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "quoted_server",
                table: "drafts",
                type: "character varying(253)",
                maxLength: 253,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "shared_at",
                table: "drafts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "utm_campaign",
                table: "drafts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "utm_enabled",
                table: "drafts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "utm_medium",
                table: "drafts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "utm_source",
                table: "drafts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "posting_slots",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    network = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    minute = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posting_slots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "queue_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    draft_id = table.Column<long>(type: "bigint", nullable: false),
                    network = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    scheduled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    from_slot = table.Column<bool>(type: "boolean", nullable: false),
                    shared_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queue_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_queue_items_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_posting_slots_network_day_minute",
                table: "posting_slots",
                columns: new[] { "network", "day", "minute" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_queue_items_draft_id_network",
                table: "queue_items",
                columns: new[] { "draft_id", "network" });

            migrationBuilder.CreateIndex(
                name: "ix_queue_items_shared_at_scheduled_at",
                table: "queue_items",
                columns: new[] { "shared_at", "scheduled_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "posting_slots");

            migrationBuilder.DropTable(
                name: "queue_items");

            migrationBuilder.DropColumn(
                name: "quoted_author",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "quoted_network",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "quoted_post_id",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "quoted_server",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "shared_at",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "utm_campaign",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "utm_enabled",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "utm_medium",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "utm_source",
                table: "drafts");
        }
    }
}
