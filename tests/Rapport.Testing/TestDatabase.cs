using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Rapport.Core.Administration;
using Rapport.Hosting;
using Xunit;

namespace Rapport.Testing;

/// <summary>
/// A fresh, migrated database on a real engine: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server named by <c>RAPPORT_TEST_POSTGRES</c> (CI always sets it). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PostgresVariable = "RAPPORT_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _postgresDatabase;

    private TestDatabase(string engine, Dictionary<string, string?> settings, string? folder, string? postgresDatabase)
    {
        Engine = engine;
        Settings = settings;
        _folder = folder;
        _postgresDatabase = postgresDatabase;
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddRapport(RapportConfiguration.Build(settings));
        services.AddSingleton<TimeProvider>(Clock);
        Services = services.BuildServiceProvider();
    }

    public string Engine { get; }

    /// <summary>The configuration keys that point Rapport at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    public string? SqlitePath => Settings.GetValueOrDefault("Storage:SqlitePath");

    /// <summary>SQLite always; PostgreSQL whenever a server is configured.</summary>
    public static TheoryData<string> Engines
    {
        get
        {
            var engines = new TheoryData<string> { Sqlite };
            if (PostgresAdminConnectionString is not null)
            {
                engines.Add(Postgres);
            }

            return engines;
        }
    }

    public static string? PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static async Task<TestDatabase> CreateAsync(string engine, bool migrate = true)
    {
        TestDatabase database;
        if (engine == Postgres)
        {
            var admin = PostgresAdminConnectionString
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
            var name = "rapport_test_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
            database = new TestDatabase(
                engine,
                new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = connectionString },
                folder: null,
                postgresDatabase: name);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("rapport-test-").FullName;
            database = new TestDatabase(
                engine,
                new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder, "rapport.db") },
                folder,
                postgresDatabase: null);
        }

        if (migrate)
        {
            await database.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        return database;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
