using System.Data.Common;
using System.Runtime.CompilerServices;
using Rapport.Core.Cadence;

namespace Rapport.Storage.Cadence;

/// <summary>
/// Reads one interval of the due cache in (due day, person) order, a keyset page at a time, each row with its
/// touch counts (<see cref="DueRows"/>). One prepared command on one connection serves every page of the
/// stream, so a page costs one round trip and no query translation.
/// </summary>
internal sealed class DueBatchReader : IAsyncDisposable
{
    /// <summary>
    /// Pages stop growing here: every row read costs its touch counts, and rows past the ones the queue takes
    /// are wasted work.
    /// </summary>
    public const int LargestBatch = 64;

    private const string Where =
        """
        WHERE d.interval_unit = @unit AND d.interval_count = @count AND d.due_day <= @last
          AND (d.due_day, d.person_id) > (@after_day, @after_person)
        ORDER BY d.due_day, d.person_id
        LIMIT @size
        """;

    private readonly DbCommand _command;
    private readonly DbParameter _afterDay;
    private readonly DbParameter _afterPerson;
    private readonly DbParameter _size;
    private bool _prepared;

    /// <summary>
    /// A reader of the rows after (<paramref name="afterDay"/>, <paramref name="afterPerson"/>), counting touches
    /// with a lateral aggregate when <paramref name="lateral"/> says the engine can (see <see cref="DueRows"/>).
    /// </summary>
    public DueBatchReader(DbConnection connection, bool lateral, CadenceInterval interval, DateOnly lastDay, DateTimeOffset now, DateOnly afterDay = default, long afterPerson = long.MinValue)
    {
        _command = connection.CreateCommand();
        _command.CommandText = DueRows.SelectFrom("cadence_due d", lateral) + "\n" + Where;
        DueRows.Add(_command, "unit", interval.Unit.ToString());
        DueRows.Add(_command, "count", interval.Count);
        DueRows.Add(_command, "last", lastDay);
        DueRows.AddWindowParameters(_command, now);
        _afterDay = DueRows.Add(_command, "after_day", afterDay);
        _afterPerson = DueRows.Add(_command, "after_person", afterPerson);
        _size = DueRows.Add(_command, "size", 0);
    }

    /// <summary>Every row to the end, in pages of <paramref name="firstSize"/> that double up to <see cref="LargestBatch"/>.</summary>
    public async IAsyncEnumerable<CadenceSummary> ReadAllAsync(int firstSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = firstSize;
        while (true)
        {
            var batch = await NextAsync(size, cancellationToken);
            foreach (var summary in batch)
            {
                yield return summary;
            }

            if (batch.Count < size)
            {
                yield break;
            }

            size = Math.Min(size * 2, LargestBatch);
        }
    }

    private async Task<List<CadenceSummary>> NextAsync(int size, CancellationToken cancellationToken)
    {
        _size.Value = size;
        if (!_prepared)
        {
            await _command.PrepareAsync(cancellationToken);
            _prepared = true;
        }

        var batch = new List<CadenceSummary>(size);
        await using (var reader = await _command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var summary = DueRows.Read(reader, out var key);
                batch.Add(summary);
                _afterDay.Value = key.Day;
                _afterPerson.Value = summary.PersonId;
            }
        }

        return batch;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
