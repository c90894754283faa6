using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rapport.Storage.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRapportDbContext>
{
    public PostgresRapportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRapportDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
