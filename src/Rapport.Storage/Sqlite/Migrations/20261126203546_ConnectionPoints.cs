using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConnectionPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "connection_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    point_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_connection_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_connection_decisions_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "site_snapshots",
                columns: table => new
                {
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    keywords = table.Column<string>(type: "TEXT", nullable: false),
                    feed_titles = table.Column<string>(type: "TEXT", nullable: false),
                    fetched_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_snapshots", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_site_snapshots_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_connection_decisions_person_id_point_id",
                table: "connection_decisions",
                columns: new[] { "person_id", "point_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connection_decisions");

            migrationBuilder.DropTable(
                name: "site_snapshots");
        }
    }
}
