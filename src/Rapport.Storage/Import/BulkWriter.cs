using System.Data.Common;

namespace Rapport.Storage.Import;

/// <summary>
/// The engine-specific half of an import: allocating ids, writing whole rows, and the transaction that
/// makes the import atomic. Feature logic (what is new, what changed) stays in <see cref="LedgerImportSession"/>.
/// </summary>
internal abstract class BulkWriter : IAsyncDisposable
{
    protected BulkWriter(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public abstract ValueTask<long> NextIdAsync(TableSpec table, CancellationToken cancellationToken);

    /// <summary>Writes a row that does not exist yet; its id came from <see cref="NextIdAsync"/>.</summary>
    public abstract ValueTask InsertAsync(TableSpec table, object?[] row, CancellationToken cancellationToken);

    /// <summary>Replaces every column of the row with the same id.</summary>
    public abstract ValueTask UpdateAsync(TableSpec table, object?[] row, CancellationToken cancellationToken);

    /// <summary>Makes every row written so far visible to SQL run inside the transaction.</summary>
    public abstract Task FlushAsync(CancellationToken cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await BeforeCommitAsync(cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Refreshes the query planner's statistics, after the commit of an import large enough to change them: until
    /// then a planner that saw the tables nearly empty reads a person's posts by scanning every post.
    /// </summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = StatisticsSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The engine's statement for <see cref="RefreshStatisticsAsync"/>.</summary>
    protected abstract string StatisticsSql { get; }

    /// <summary>The engine's last word inside the transaction, after every row and the session's own SQL.</summary>
    protected virtual Task BeforeCommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public DbCommand CreateCommand(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
