using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DueDayCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadence_due_days",
                columns: table => new
                {
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    due_day = table.Column<DateOnly>(type: "date", nullable: false),
                    people = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_due_days", x => new { x.interval_unit, x.interval_count, x.due_day });
                });

            // A database migrated with its due cache already built counts it once here; afterwards the
            // cache's writers keep the counts.
            migrationBuilder.Sql(
                "INSERT INTO cadence_due_days (interval_unit, interval_count, due_day, people) " +
                "SELECT interval_unit, interval_count, due_day, COUNT(*) FROM cadence_due GROUP BY interval_unit, interval_count, due_day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadence_due_days");
        }
    }
}
