using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Rapport.Storage.Sqlite;

/// <summary>
/// One prepared statement driven through SQLite's own API: parameters bound by position, stepped, reset.
/// ADO.NET binds every parameter by name on every execution, which costs more than the insert itself on
/// the import's hot path; this keeps the statement and binds values only.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    // The text form Microsoft.Data.Sqlite and EF Core use for DateTime, so rows written here read back through EF.
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public void Execute(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Bind(i + 1, values[i]);
        }

        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object? value)
    {
        var result = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
            string text => raw.sqlite3_bind_text16(_statement, index, text),
            DateTime time => raw.sqlite3_bind_text16(_statement, index, time.ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"No SQLite binding for {value.GetType().Name}.", nameof(value)),
        };
        Check(result);
    }

    private void Check(int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result);
        }
    }
}
