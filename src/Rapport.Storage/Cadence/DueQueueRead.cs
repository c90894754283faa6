using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;

namespace Rapport.Storage.Cadence;

/// <summary>
/// One Today read over one connection, in as few round trips as the queue allows: the cache check, the
/// intervals, both due counts and the people due on each day of the horizon in one command; the first page of every interval in one statement; then,
/// only for the intervals the queue reads further, keyset pages through a prepared command each.
/// </summary>
internal sealed class DueQueueRead : IDueQueueRead
{
    /// <summary>
    /// The queue usually needs a few people from each interval and many from one or two: pages start small
    /// and double (<see cref="DueBatchReader.ReadAllAsync"/>), so a short stream costs one small read.
    /// </summary>
    public const int FirstBatch = 16;

    private const string IntervalsSql =
        """
        SELECT interval_unit, interval_count,
               SUM(CASE WHEN due_day <= @today THEN people ELSE 0 END),
               SUM(CASE WHEN due_day <= @last THEN people ELSE 0 END)
        FROM cadence_due_days
        GROUP BY interval_unit, interval_count
        HAVING SUM(people) > 0;
        SELECT due_day, SUM(people)
        FROM cadence_due_days
        WHERE due_day > @today AND due_day <= @last
        GROUP BY due_day
        """;

    private readonly RapportDbContext _context;
    private readonly DbConnection _connection;
    private readonly bool _lateral;
    private readonly DateOnly _lastDay;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<(CadenceUnit Unit, int Count), List<CadenceSummary>> _firstPages = [];

    /// <summary>Per interval, the due day the cache filed the first page's last person under: the keyset goes on from there.</summary>
    private readonly Dictionary<(CadenceUnit Unit, int Count), DateOnly> _firstPageEnds = [];

    private DueQueueRead(RapportDbContext context, DateOnly lastDay, DateTimeOffset now)
    {
        _context = context;
        _connection = context.Database.GetDbConnection();
        _lateral = DueRows.CountsLaterally(context);
        _lastDay = lastDay;
        _now = now;
    }

    public IReadOnlyList<CadenceInterval> Intervals { get; private set; } = [];

    public int DueCount { get; private set; }

    public int WithinHorizon { get; private set; }

    public IReadOnlyList<int> DuePerDay { get; private set; } = [];

    public static async Task<DueQueueRead> OpenAsync(IEngine engine, DueCacheBuilder cache, DateOnly today, DateOnly lastDay, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var read = new DueQueueRead(engine.CreateContext(), lastDay, now);
        try
        {
            await read._context.Database.OpenConnectionAsync(cancellationToken);
            if (!await read.ReadHeadAsync(cache, today, checkCache: true, cancellationToken))
            {
                await cache.EnsureCurrentAsync(read._context, cancellationToken);
                await read.ReadHeadAsync(cache, today, checkCache: false, cancellationToken);
            }

            await read.ReadFirstPagesAsync(cancellationToken);
            return read;
        }
        catch
        {
            await read.DisposeAsync();
            throw;
        }
    }

    public async IAsyncEnumerable<CadenceSummary> ListByDueDate(CadenceInterval interval, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!_firstPages.TryGetValue((interval.Unit, interval.Count), out var first))
        {
            yield break;
        }

        foreach (var summary in first)
        {
            yield return summary;
        }

        if (first.Count < FirstBatch)
        {
            yield break;
        }

        var last = first[^1];
        await using var batches = new DueBatchReader(_connection, _lateral, interval, _lastDay, _now, _firstPageEnds[(interval.Unit, interval.Count)], last.PersonId);
        await foreach (var summary in batches.ReadAllAsync(FirstBatch * 2, cancellationToken))
        {
            yield return summary;
        }
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    /// <summary>False when the cache check found the cache stale; nothing is kept then.</summary>
    private async Task<bool> ReadHeadAsync(DueCacheBuilder cache, DateOnly today, bool checkCache, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = checkCache ? DueCacheBuilder.CurrentCheckSql + ";\n" + IntervalsSql : IntervalsSql;
        DueRows.Add(command, "today", today);
        DueRows.Add(command, "last", _lastDay);
        // Npgsql keeps a prepared statement on the pooled connection, so later reads skip the server's planning
        // (about 2 ms a read at 1,000,000 people); on SQLite preparing first changes nothing.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (checkCache)
        {
            if (!await cache.IsCurrentAsync(reader, cancellationToken))
            {
                return false;
            }

            await reader.NextResultAsync(cancellationToken);
        }

        var intervals = new List<CadenceInterval>();
        long dueCount = 0;
        long withinHorizon = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var unit = Enum.Parse<CadenceUnit>(reader.GetString(0));
            var count = reader.GetInt32(1);
            intervals.Add(unit == CadenceUnit.Days ? CadenceInterval.Days(count) : CadenceInterval.Months(count));
            dueCount += reader.GetInt64(2);
            withinHorizon += reader.GetInt64(3);
        }

        Intervals = [.. intervals.OrderBy(i => i.ApproximateDays)];
        DueCount = checked((int)dueCount);
        WithinHorizon = checked((int)withinHorizon);

        await reader.NextResultAsync(cancellationToken);
        var duePerDay = new int[_lastDay.DayNumber - today.DayNumber + 1];
        duePerDay[0] = DueCount;
        while (await reader.ReadAsync(cancellationToken))
        {
            duePerDay[reader.GetFieldValue<DateOnly>(0).DayNumber - today.DayNumber] = checked((int)reader.GetInt64(1));
        }

        DuePerDay = duePerDay;
        return true;
    }

    /// <summary>
    /// The first <see cref="FirstBatch"/> people of every interval in one statement: a UNION ALL of one
    /// keyset range per interval, each row with its touch counts. The queue looks at the head of every
    /// stream before it takes anyone, so these rows are always needed, and one round trip serves them all.
    /// </summary>
    private async Task ReadFirstPagesAsync(CancellationToken cancellationToken)
    {
        if (Intervals.Count == 0)
        {
            return;
        }

        await using var command = _connection.CreateCommand();
        var ranges = new StringBuilder();
        for (var i = 0; i < Intervals.Count; i++)
        {
            ranges.Append(i == 0 ? string.Empty : "\n  UNION ALL\n  ").Append(CultureInfo.InvariantCulture, $"""
                SELECT * FROM (SELECT * FROM cadence_due WHERE interval_unit = @unit{i} AND interval_count = @count{i} AND due_day <= @last
                ORDER BY due_day, person_id LIMIT {FirstBatch}) AS page{i}
                """);
            DueRows.Add(command, "unit" + i.ToString(CultureInfo.InvariantCulture), Intervals[i].Unit.ToString());
            DueRows.Add(command, "count" + i.ToString(CultureInfo.InvariantCulture), Intervals[i].Count);
        }

        command.CommandText = DueRows.SelectFrom($"(\n  {ranges}\n) AS d", _lateral) + "\nORDER BY d.due_day, d.person_id";
        DueRows.Add(command, "last", _lastDay);
        DueRows.AddWindowParameters(command, _now);
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var summary = DueRows.Read(reader, out var key);
            if (!_firstPages.TryGetValue((key.Unit, key.Count), out var page))
            {
                _firstPages[(key.Unit, key.Count)] = page = new List<CadenceSummary>(FirstBatch);
            }

            page.Add(summary);
            _firstPageEnds[(key.Unit, key.Count)] = key.Day;
        }
    }
}
