using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rapport.Storage.Sqlite;

/// <summary>
/// Puts every connection the engine opens into write-ahead logging with <c>synchronous=NORMAL</c>.
/// <para>
/// WAL lets the web app read while the CLI or an import writes, instead of failing with "database is locked".
/// It is a property of the file, so it is asked for once per engine. <c>synchronous</c> belongs to each
/// connection: <c>NORMAL</c> syncs the log at checkpoints rather than at every commit, which SQLite documents
/// as safe from corruption in WAL mode; a power cut (not a crash of Rapport) may lose the last commits.
/// Logging a touch is one small commit, so a sync per commit would be most of its cost.
/// </para>
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string PerConnection = "PRAGMA synchronous=NORMAL;";
    private const string FirstConnection = "PRAGMA journal_mode=WAL; " + PerConnection;

    private volatile bool _walRequested;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = NextPragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = NextPragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Asking twice is harmless (the mode is already WAL), so no lock guards the flag.
    private string NextPragmas(DbConnection connection)
    {
        // EF opens a read-only connection to ask whether the file exists; changing the journal there would fail.
        if (_walRequested || IsReadOnly(connection))
        {
            return PerConnection;
        }

        _walRequested = true;
        return FirstConnection;
    }

    private static bool IsReadOnly(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
}
