using Microsoft.EntityFrameworkCore;

namespace Rapport.Storage.Postgres;

public sealed class PostgresRapportDbContext(DbContextOptions<PostgresRapportDbContext> options) : RapportDbContext(options);
