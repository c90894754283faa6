using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KeepInTouchTags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "in30",
                table: "cadence_due");

            migrationBuilder.DropColumn(
                name: "in365",
                table: "cadence_due");

            migrationBuilder.DropColumn(
                name: "in90",
                table: "cadence_due");

            migrationBuilder.DropColumn(
                name: "out30",
                table: "cadence_due");

            migrationBuilder.DropColumn(
                name: "out365",
                table: "cadence_due");

            migrationBuilder.DropColumn(
                name: "out90",
                table: "cadence_due");

            migrationBuilder.CreateTable(
                name: "person_tags",
                columns: table => new
                {
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    name_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_tags", x => new { x.person_id, x.name_key });
                    table.ForeignKey(
                        name: "fk_person_tags_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_tags_name_key",
                table: "person_tags",
                column: "name_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_tags");

            migrationBuilder.AddColumn<int>(
                name: "in30",
                table: "cadence_due",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "in365",
                table: "cadence_due",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "in90",
                table: "cadence_due",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "out30",
                table: "cadence_due",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "out365",
                table: "cadence_due",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "out90",
                table: "cadence_due",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
