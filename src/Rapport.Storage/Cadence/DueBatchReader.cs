using System.Data.Common;
using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

/// <summary>
/// Reads one interval of the due cache in (due day, person) order, a keyset page at a time, with each
/// person's touch counts over the last 30/90/365 days in the same statement (correlated counts over the
/// ledger's (person, time) index, evaluated only for the rows the page returns). One prepared command on one
/// connection serves every page of the stream, so a page costs one round trip and no query translation.
/// </summary>
internal sealed class DueBatchReader : IAsyncDisposable
{
    private const string Out = nameof(TouchDirection.Out);

    private static readonly string Sql = string.Create(
        CultureInfo.InvariantCulture,
        $"""
        SELECT d.person_id, d.name, d.interval_unit, d.interval_count, d.due_day, d.tier_name, d.channel_mask, d.direction_mask,
               d.visibility_mask, d.source, d.since, d.list_name, d.last_touch_at, d.last_touch_channel, d.last_touch_direction,
               d.last_touch_visibility, d.last_touch_estimated, d.last_touch_note, d.deferral_kind, d.deferral_until,
               d.deferral_reason, d.deferral_at, d.last_out, d.last_in,
               {Window("@from30", "=")}, {Window("@from30", "<>")}, {Window("@from90", "=")}, {Window("@from90", "<>")},
               {Window("@from365", "=")}, {Window("@from365", "<>")}
        FROM cadence_due d
        WHERE d.interval_unit = @unit AND d.interval_count = @count AND d.due_day <= @last
          AND (d.due_day, d.person_id) > (@after_day, @after_person)
        ORDER BY d.due_day, d.person_id
        LIMIT @size
        """);

    private readonly DbCommand _command;
    private readonly DbParameter _afterDay;
    private readonly DbParameter _afterPerson;
    private readonly DbParameter _size;
    private bool _prepared;

    public DueBatchReader(DbConnection connection, CadenceInterval interval, DateOnly lastDay, DateTimeOffset now)
    {
        _command = connection.CreateCommand();
        _command.CommandText = Sql;
        var end = now.UtcDateTime;
        Add("unit", interval.Unit.ToString());
        Add("count", interval.Count);
        Add("last", lastDay);
        Add("end", end);
        Add("from30", end - TimeSpan.FromDays(30));
        Add("from90", end - TimeSpan.FromDays(90));
        Add("from365", end - TimeSpan.FromDays(365));
        _afterDay = Add("after_day", DateOnly.MinValue);
        _afterPerson = Add("after_person", long.MinValue);
        _size = Add("size", 0);
    }

    public async Task<List<CadenceSummary>> NextAsync(int size, CancellationToken cancellationToken)
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
                var row = Read(reader);
                var counts = new WindowCounts(Count(reader, 24), Count(reader, 25), Count(reader, 26), Count(reader, 27), Count(reader, 28), Count(reader, 29));
                batch.Add(CadenceDueIndex.ToSummary(row, counts));
                _afterDay.Value = row.DueDay;
                _afterPerson.Value = row.PersonId;
            }
        }

        return batch;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private static string Window(string from, string direction) => string.Create(
        CultureInfo.InvariantCulture,
        $"(SELECT COUNT(*) FROM touches t WHERE t.person_id = d.person_id AND t.occurred_at > {from} AND t.occurred_at <= @end AND t.direction {direction} '{Out}')");

    private static int Count(DbDataReader r, int column) => checked((int)r.GetInt64(column));

    private static DateTime Utc(DbDataReader r, int column) => DateTime.SpecifyKind(r.GetDateTime(column), DateTimeKind.Utc);

    private static DateTime? UtcOrNull(DbDataReader r, int column) => r.IsDBNull(column) ? null : Utc(r, column);

    private static CadenceDue Read(DbDataReader r) => new()
    {
        PersonId = r.GetInt64(0),
        Name = r.GetString(1),
        IntervalUnit = Enum.Parse<CadenceUnit>(r.GetString(2)),
        IntervalCount = r.GetInt32(3),
        DueDay = r.GetFieldValue<DateOnly>(4),
        TierName = r.GetString(5),
        ChannelMask = r.GetInt32(6),
        DirectionMask = r.GetInt32(7),
        VisibilityMask = r.GetInt32(8),
        Source = Enum.Parse<CadenceSource>(r.GetString(9)),
        Since = Utc(r, 10),
        ListName = r.IsDBNull(11) ? null : r.GetString(11),
        LastTouchAt = UtcOrNull(r, 12),
        LastTouchChannel = r.IsDBNull(13) ? null : Enum.Parse<TouchChannel>(r.GetString(13)),
        LastTouchDirection = r.IsDBNull(14) ? null : Enum.Parse<TouchDirection>(r.GetString(14)),
        LastTouchVisibility = r.IsDBNull(15) ? null : Enum.Parse<TouchVisibility>(r.GetString(15)),
        LastTouchEstimated = r.GetBoolean(16),
        LastTouchNote = r.IsDBNull(17) ? null : r.GetString(17),
        DeferralKind = r.IsDBNull(18) ? null : Enum.Parse<DeferralKind>(r.GetString(18)),
        DeferralUntil = r.IsDBNull(19) ? null : r.GetFieldValue<DateOnly>(19),
        DeferralReason = r.IsDBNull(20) ? null : r.GetString(20),
        DeferralAt = UtcOrNull(r, 21),
        LastOut = UtcOrNull(r, 22),
        LastIn = UtcOrNull(r, 23),
    };

    private DbParameter Add(string name, object value)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        _command.Parameters.Add(parameter);
        return parameter;
    }
}
