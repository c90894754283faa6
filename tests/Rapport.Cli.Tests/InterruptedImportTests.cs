using System.Diagnostics;
using Npgsql;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// An import killed halfway (the process dies: no rollback code runs) leaves the ledger as it was. Runs the
/// real <c>rapport</c> program as a child process and kills it while its import transaction is open.
/// </summary>
public sealed class InterruptedImportTests(InterruptedImportTests.BigArchive bigArchive) : IClassFixture<InterruptedImportTests.BigArchive>
{

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_killed_import_leaves_the_ledger_as_it_was(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await CliHarness.RunAsync(database, "import", "x-archive", await bigArchive.SmallAsync());
        var before = await OverviewAsync(database);
        var big = await bigArchive.BigAsync();

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "rapport.dll"), "import", "x-archive", big, .. CliHarness.DatabaseArguments(database)])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var inTransaction = await WaitForOpenImportAsync(database, child, TimeSpan.FromSeconds(60));
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();

        Assert.True(inTransaction, "The import ended before it could be interrupted: " + await child.StandardError.ReadToEndAsync());
        Assert.Equal(before, await OverviewAsync(database));
        var after = (await CliHarness.RunAsync(database, "import", "x-archive", big, "--json")).Json();
        Assert.Equal(60_000, ImportCommandTests.New(after, Core.Import.ImportKinds.Posts));
    }

    /// <summary>The archives are written once for both engines: generating 60,000 posts is the slow part.</summary>
    public sealed class BigArchive : IDisposable
    {
        private readonly ArchiveFixtures _archives = new();
        private readonly Lazy<Task<string>> _small;
        private readonly Lazy<Task<string>> _big;

        public BigArchive()
        {
            _small = new(() => _archives.WriteAsync("first.zip", ArchiveFixtures.Small));
            _big = new(() => _archives.WriteAsync("big.zip", ArchiveFixtures.Small with { Seed = 7, PostCount = 60_000, FollowerCount = 5_000 }));
        }

        public Task<string> SmallAsync() => _small.Value;

        public Task<string> BigAsync() => _big.Value;

        public void Dispose() => _archives.Dispose();
    }

    private static async Task<string> OverviewAsync(TestDatabase database) =>
        (await CliHarness.RunAsync(database, "contacts", "list", "--json", "--take", "1000")).Output;

    /// <summary>SQLite: the write-ahead log grows inside the open transaction. PostgreSQL: the import's advisory lock is held.</summary>
    private static async Task<bool> WaitForOpenImportAsync(TestDatabase database, Process child, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !child.HasExited)
        {
            if (database.SqlitePath is { } path)
            {
                var wal = new FileInfo(path + "-wal");
                if (wal.Exists && wal.Length > 4 * 1024 * 1024)
                {
                    return !child.HasExited;
                }
            }
            else
            {
                await using var connection = new NpgsqlConnection(database.Settings["Storage:PostgresConnectionString"]);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY stage_%'", connection);
                if ((long)(await command.ExecuteScalarAsync())! > 0)
                {
                    return !child.HasExited;
                }
            }

            await Task.Delay(20);
        }

        return false;
    }
}
