using Microsoft.EntityFrameworkCore;

namespace Rapport.Storage.Sqlite;

public sealed class SqliteRapportDbContext(DbContextOptions<SqliteRapportDbContext> options) : RapportDbContext(options);
