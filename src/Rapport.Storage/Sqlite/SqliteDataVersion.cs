using Microsoft.Data.Sqlite;
using Rapport.Core.Administration;

namespace Rapport.Storage.Sqlite;

/// <summary>
/// SQLite's <c>PRAGMA data_version</c> on a connection of its own that never writes: its value changes whenever
/// any other connection, in this process or another, commits to the file. The connection stays open, because the
/// value means something only against earlier answers from the same connection.
/// </summary>
internal sealed class SqliteDataVersion(string path) : IDataVersion, IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public long? Read()
    {
        lock (_gate)
        {
            if (_command is null)
            {
                // Outside the pool: a pooled connection could come back as another one, whose numbers start over.
                var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
                connection.Open();
                _command = connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version";
                _connection = connection;
            }

            return (long)_command.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _command?.Dispose();
            _connection?.Dispose();
            _command = null;
            _connection = null;
        }
    }
}
