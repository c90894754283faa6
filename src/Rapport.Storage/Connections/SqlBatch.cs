using System.Data.Common;
using Rapport.Storage.Search;

namespace Rapport.Storage.Connections;

/// <summary>
/// Several statements sent as one command and read result set by result set: one round trip to the server
/// instead of one per statement, which is what a call costs on PostgreSQL under load.
/// </summary>
internal sealed class SqlBatch
{
    private readonly List<(string Sql, Action<DbDataReader> Row)> _statements = [];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    public SqlBatch Add(string sql, Action<DbDataReader> row)
    {
        _statements.Add((sql, row));
        return this;
    }

    public SqlBatch With(IEnumerable<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            _parameters[name] = value;
        }

        return this;
    }

    public async Task RunAsync(RapportDbContext context, CancellationToken cancellationToken)
    {
        if (_statements.Count == 0)
        {
            return;
        }

        await using var command = await SqlCommands.CreateAsync(
            context,
            string.Join(";\n", _statements.Select(statement => statement.Sql)),
            _parameters.Select(parameter => (parameter.Key, parameter.Value)),
            cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var index = 0; index < _statements.Count; index++)
        {
            if (index > 0 && !await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException($"The batch returned {index} result sets for {_statements.Count} statements.");
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                _statements[index].Row(reader);
            }
        }
    }
}
