using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeepInTouch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadence_cache_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    touches_recorded_until = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_cache_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cadence_deferrals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_deferrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_cadence_deferrals_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadence_due",
                columns: table => new
                {
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    interval_unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "INTEGER", nullable: false),
                    due_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    tier_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    direction_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    since = table.Column<DateTime>(type: "TEXT", nullable: false),
                    list_name = table.Column<string>(type: "TEXT", nullable: true),
                    last_touch_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_touch_channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    last_touch_direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    last_touch_visibility = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    last_touch_estimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_touch_note = table.Column<string>(type: "TEXT", nullable: true),
                    deferral_kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    deferral_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deferral_reason = table.Column<string>(type: "TEXT", nullable: true),
                    deferral_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    out30 = table.Column<int>(type: "INTEGER", nullable: false),
                    in30 = table.Column<int>(type: "INTEGER", nullable: false),
                    out90 = table.Column<int>(type: "INTEGER", nullable: false),
                    in90 = table.Column<int>(type: "INTEGER", nullable: false),
                    out365 = table.Column<int>(type: "INTEGER", nullable: false),
                    in365 = table.Column<int>(type: "INTEGER", nullable: false),
                    last_out = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_in = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_due", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_cadence_due_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadence_tiers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    interval_unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "INTEGER", nullable: false),
                    channel_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    direction_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility_mask = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_tiers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "list_cadences",
                columns: table => new
                {
                    list_id = table.Column<long>(type: "INTEGER", nullable: false),
                    tier_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    interval_unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "INTEGER", nullable: false),
                    channel_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    direction_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    set_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_cadences", x => x.list_id);
                    table.ForeignKey(
                        name: "fk_list_cadences_contact_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "contact_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_cadences",
                columns: table => new
                {
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    tier_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    interval_unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    interval_count = table.Column<int>(type: "INTEGER", nullable: true),
                    channel_mask = table.Column<int>(type: "INTEGER", nullable: true),
                    direction_mask = table.Column<int>(type: "INTEGER", nullable: true),
                    visibility_mask = table.Column<int>(type: "INTEGER", nullable: true),
                    set_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_cadences", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_person_cadences_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_touches_recorded_at",
                table: "touches",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_cadence_deferrals_person_id_at",
                table: "cadence_deferrals",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_cadence_due_due_day",
                table: "cadence_due",
                column: "due_day");

            migrationBuilder.CreateIndex(
                name: "ix_cadence_due_interval_unit_interval_count_due_day_person_id",
                table: "cadence_due",
                columns: new[] { "interval_unit", "interval_count", "due_day", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cadence_tiers_name_key",
                table: "cadence_tiers",
                column: "name_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadence_cache_state");

            migrationBuilder.DropTable(
                name: "cadence_deferrals");

            migrationBuilder.DropTable(
                name: "cadence_due");

            migrationBuilder.DropTable(
                name: "cadence_tiers");

            migrationBuilder.DropTable(
                name: "list_cadences");

            migrationBuilder.DropTable(
                name: "person_cadences");

            migrationBuilder.DropIndex(
                name: "ix_touches_recorded_at",
                table: "touches");
        }
    }
}
