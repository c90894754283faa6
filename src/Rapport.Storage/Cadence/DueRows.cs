using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

/// <summary>
/// A row of <c>cadence_due</c> both ways: how a rebuild makes one and the values it writes, in the order of
/// <see cref="ColumnNames"/>; and the columns a queue read takes (alias <c>d</c>), each row with the person's
/// touch counts over the last 30/90/365 days over the ledger's (person, time) index, evaluated only for the
/// rows a statement returns, and how such a row becomes a <see cref="CadenceSummary"/>.
/// </summary>
/// <remarks>
/// SQLite counts with six correlated subqueries, each an in-process index seek. PostgreSQL counts with one
/// lateral aggregate per row, so a person's last year of touches is scanned once rather than six times.
/// </remarks>
internal static class DueRows
{
    private const string Out = nameof(TouchDirection.Out);

    /// <summary>The table's columns, in the order <see cref="Values"/> gives and <see cref="Read"/> reads them.</summary>
    public static readonly string[] ColumnNames =
    [
        "person_id", "name", "interval_unit", "interval_count", "due_day", "tier_name", "channel_mask", "direction_mask",
        "visibility_mask", "source", "since", "list_name", "last_touch_at", "last_touch_channel", "last_touch_direction",
        "last_touch_visibility", "last_touch_estimated", "last_touch_note", "deferral_kind", "deferral_until",
        "deferral_reason", "deferral_at", "last_out", "last_in",
    ];

    private static readonly string Columns = string.Join(", ", ColumnNames.Select(c => "d." + c));

    /// <summary>The six counts as correlated subqueries.</summary>
    private static readonly string CorrelatedCounts = string.Join(
        ", ",
        Window("@from30", "="), Window("@from30", "<>"), Window("@from90", "="), Window("@from90", "<>"), Window("@from365", "="), Window("@from365", "<>"));

    /// <summary>The six counts from one aggregate over the person's last year; an aggregate always yields a row.</summary>
    private static readonly string LateralCounts = string.Create(
        CultureInfo.InvariantCulture,
        $"""
        CROSS JOIN LATERAL (
          SELECT COUNT(*) FILTER (WHERE t.occurred_at > @from30 AND t.direction = '{Out}') AS out30,
                 COUNT(*) FILTER (WHERE t.occurred_at > @from30 AND t.direction <> '{Out}') AS in30,
                 COUNT(*) FILTER (WHERE t.occurred_at > @from90 AND t.direction = '{Out}') AS out90,
                 COUNT(*) FILTER (WHERE t.occurred_at > @from90 AND t.direction <> '{Out}') AS in90,
                 COUNT(*) FILTER (WHERE t.direction = '{Out}') AS out365,
                 COUNT(*) FILTER (WHERE t.direction <> '{Out}') AS in365
          FROM touches t
          WHERE t.person_id = d.person_id AND t.occurred_at > @from365 AND t.occurred_at <= @end) AS c
        """);

    /// <summary>A person's row as their cadence, touches and deferral make it, due in <paramref name="zone"/>.</summary>
    public static CadenceDue Create(
        long personId, string name, ResolvedCadence cadence, QualifyingTouch? last, DueDeferral? deferral, DateTimeOffset? lastOut, DateTimeOffset? lastIn, TimeZoneInfo zone) => new()
        {
            PersonId = personId,
            Name = name,
            IntervalUnit = cadence.Tier.Interval.Unit,
            IntervalCount = cadence.Tier.Interval.Count,
            DueDay = DueCalculator.Compute(cadence, last, deferral, zone).Date,
            TierName = cadence.Tier.Name,
            ChannelMask = cadence.Tier.Counts.ChannelMask,
            DirectionMask = cadence.Tier.Counts.DirectionMask,
            VisibilityMask = cadence.Tier.Counts.VisibilityMask,
            Source = cadence.Source,
            Since = cadence.Since.UtcDateTime,
            ListName = cadence.ListName,
            LastTouchAt = last?.At.UtcDateTime,
            LastTouchChannel = last?.Channel,
            LastTouchDirection = last?.Direction,
            LastTouchVisibility = last?.Visibility,
            LastTouchEstimated = last?.IsTimeEstimated ?? false,
            LastTouchNote = last?.Description,
            DeferralKind = deferral?.Kind,
            DeferralUntil = deferral?.Until,
            DeferralReason = deferral?.Reason,
            DeferralAt = deferral?.At.UtcDateTime,
            LastOut = lastOut?.UtcDateTime,
            LastIn = lastIn?.UtcDateTime,
        };

    /// <summary>The values a statement writes for <paramref name="row"/>, in the order of <see cref="ColumnNames"/>; enums as their names.</summary>
    public static object?[] Values(CadenceDue row) =>
    [
        row.PersonId, row.Name, row.IntervalUnit.ToString(), row.IntervalCount, row.DueDay, row.TierName, row.ChannelMask, row.DirectionMask,
        row.VisibilityMask, row.Source.ToString(), row.Since, row.ListName, row.LastTouchAt, row.LastTouchChannel?.ToString(), row.LastTouchDirection?.ToString(),
        row.LastTouchVisibility?.ToString(), row.LastTouchEstimated, row.LastTouchNote, row.DeferralKind?.ToString(), row.DeferralUntil,
        row.DeferralReason, row.DeferralAt, row.LastOut, row.LastIn,
    ];

    /// <summary>Whether the context's engine counts with a lateral aggregate: PostgreSQL does; SQLite has no LATERAL.</summary>
    public static bool CountsLaterally(RapportDbContext context) => context.Database.IsNpgsql();

    /// <summary>
    /// <c>SELECT</c> <see cref="Columns"/> and the six counts <c>FROM</c> <paramref name="source"/>, which must
    /// name its rows <c>d</c>; the caller appends its <c>WHERE</c>, <c>ORDER BY</c> and <c>LIMIT</c>. The
    /// counts read the parameters <see cref="AddWindowParameters"/> adds.
    /// </summary>
    /// <param name="source">A table or subquery with its alias, such as <c>cadence_due d</c>.</param>
    /// <param name="lateral">Count with one lateral aggregate per row (PostgreSQL) rather than six subqueries.</param>
    public static string SelectFrom(string source, bool lateral) => lateral
        ? $"SELECT {Columns},\n  c.out30, c.in30, c.out90, c.in90, c.out365, c.in365\nFROM {source}\n{LateralCounts}"
        : $"SELECT {Columns},\n  {CorrelatedCounts}\nFROM {source}";

    /// <summary>The windows are those of <see cref="ReciprocitySummary.Of"/>: the last N × 24 hours, nothing after now.</summary>
    public static void AddWindowParameters(DbCommand command, DateTimeOffset now)
    {
        var end = now.UtcDateTime;
        Add(command, "end", end);
        Add(command, "from30", end - TimeSpan.FromDays(30));
        Add(command, "from90", end - TimeSpan.FromDays(90));
        Add(command, "from365", end - TimeSpan.FromDays(365));
    }

    public static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Reads a row of <see cref="Columns"/> then <see cref="WindowCounts"/>, from the first column on.</summary>
    public static CadenceSummary Read(DbDataReader reader, out DueDayKey key)
    {
        var row = ReadRow(reader);
        key = new DueDayKey(row.IntervalUnit, row.IntervalCount, row.DueDay);
        var counts = new WindowCounts(Count(reader, 24), Count(reader, 25), Count(reader, 26), Count(reader, 27), Count(reader, 28), Count(reader, 29));
        return CadenceDueIndex.ToSummary(row, counts);
    }

    private static string Window(string from, string direction) => string.Create(
        CultureInfo.InvariantCulture,
        $"(SELECT COUNT(*) FROM touches t WHERE t.person_id = d.person_id AND t.occurred_at > {from} AND t.occurred_at <= @end AND t.direction {direction} '{Out}')");

    private static int Count(DbDataReader r, int column) => checked((int)r.GetInt64(column));

    private static DateTime Utc(DbDataReader r, int column) => DateTime.SpecifyKind(r.GetDateTime(column), DateTimeKind.Utc);

    private static DateTime? UtcOrNull(DbDataReader r, int column) => r.IsDBNull(column) ? null : Utc(r, column);

    private static CadenceDue ReadRow(DbDataReader r) => new()
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
}
