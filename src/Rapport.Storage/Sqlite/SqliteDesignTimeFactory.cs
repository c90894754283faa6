using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rapport.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without the application host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRapportDbContext>
{
    public SqliteRapportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRapportDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
