using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FasterToday : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_touches_person_id_occurred_at",
                table: "touches");

            migrationBuilder.CreateIndex(
                name: "ix_touches_person_id_occurred_at_direction",
                table: "touches",
                columns: new[] { "person_id", "occurred_at", "direction" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_touches_person_id_occurred_at_direction",
                table: "touches");

            migrationBuilder.CreateIndex(
                name: "ix_touches_person_id_occurred_at",
                table: "touches",
                columns: new[] { "person_id", "occurred_at" });
        }
    }
}
