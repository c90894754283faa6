using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FasterSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_identities_is_ego",
                table: "identities",
                column: "is_ego");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_identities_is_ego",
                table: "identities");
        }
    }
}
