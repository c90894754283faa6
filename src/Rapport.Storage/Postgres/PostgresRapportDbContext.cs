using Microsoft.EntityFrameworkCore;

namespace Rapport.Storage.Postgres;

public sealed class PostgresRapportDbContext(DbContextOptions<PostgresRapportDbContext> options) : RapportDbContext(options)
{
    /// <summary>Each statement is a round trip to the server: many rows per statement.</summary>
    internal override int RowsPerInsert => 400;
}
