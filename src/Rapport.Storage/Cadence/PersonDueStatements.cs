using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

/// <summary>
/// The statements of one person's rebuild as two batched commands, since on PostgreSQL every command is a
/// round trip and logging a touch waits on all of them: one command inserts the touch (if any), locks the
/// cached row and reads every input; one command writes the row, moves the per-day counts and marks the
/// touch folded in. Both run in the caller's transaction, in the order the statements are listed, so the
/// locking is that of one statement each: the insert, then the cached row, then reads that see what a
/// concurrent rebuild of the same person committed before the lock was granted.
/// </summary>
internal sealed class PersonDueStatements
{
    /// <summary>
    /// Touches read with the inputs, newest first. Nearly everyone's last qualifying, last out and last in
    /// touches are among them; for the rest the walk goes on in a statement of its own.
    /// </summary>
    public const int TouchesInBatch = 64;

    private static readonly string[] DueColumns = DueRows.ColumnNames;

    private static readonly string UpsertSql =
        "INSERT INTO cadence_due (" + string.Join(", ", DueColumns) + ") VALUES (" + string.Join(", ", DueColumns.Select(c => "@due_" + c)) + ")"
        + " ON CONFLICT (person_id) DO UPDATE SET " + string.Join(", ", DueColumns.Skip(1).Select(c => c + " = excluded." + c));

    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly bool _locks;

    public PersonDueStatements(RapportDbContext context)
    {
        _connection = context.Database.GetDbConnection();
        _transaction = context.Database.CurrentTransaction?.GetDbTransaction();

        // SQLite has one writer at a time; PostgreSQL serialises two rebuilds of one person on the cached row.
        _locks = context.Database.IsNpgsql();
    }

    /// <summary>Inserts <paramref name="touch"/> (when given, setting its id) and reads the person's inputs.</summary>
    public async Task<Inputs> ReadAsync(long personId, Touch? touch, CancellationToken cancellationToken)
    {
        await using var command = NewCommand();
        var sql = new StringBuilder();
        Add(command, "person", personId);
        if (touch is not null)
        {
            sql.Append(
                """
                INSERT INTO touches (person_id, identity_id, channel, direction, visibility, occurred_at, is_time_estimated, source_ref, note, recorded_at, content_hash)
                VALUES (@person, @identity, @channel, @direction, @visibility, @occurred_at, @estimated, @source_ref, @note, @recorded_at, @content_hash) RETURNING id;
                """);
            Add(command, "identity", touch.IdentityId);
            Add(command, "channel", touch.Channel.ToString());
            Add(command, "direction", touch.Direction.ToString());
            Add(command, "visibility", touch.Visibility.ToString());
            Add(command, "occurred_at", touch.OccurredAt);
            Add(command, "estimated", touch.IsTimeEstimated);
            Add(command, "source_ref", touch.SourceRef);
            Add(command, "note", touch.Note);
            Add(command, "recorded_at", touch.RecordedAt);
            Add(command, "content_hash", touch.ContentHash);
        }

        sql.Append("SELECT interval_unit, interval_count, due_day FROM cadence_due WHERE person_id = @person").Append(_locks ? " FOR UPDATE;" : ";").Append(
            """

            SELECT p.is_ego, p.display_name,
              (SELECT i.display_name FROM identities i WHERE i.person_id = p.id ORDER BY i.id LIMIT 1),
              (SELECT i.handle FROM identities i WHERE i.person_id = p.id ORDER BY i.id LIMIT 1),
              c.person_id, c.tier_name, c.interval_unit, c.interval_count, c.channel_mask, c.direction_mask, c.visibility_mask, c.set_at
            FROM people p LEFT JOIN person_cadences c ON c.person_id = p.id
            WHERE p.id = @person;
            SELECT m.added_at, c.list_id, l.name, c.tier_name, c.interval_unit, c.interval_count, c.channel_mask, c.direction_mask, c.visibility_mask, c.set_at
            FROM contact_list_members m JOIN list_cadences c ON c.list_id = m.list_id JOIN contact_lists l ON l.id = c.list_id
            WHERE m.person_id = @person;
            SELECT d.kind, d."until", d.reason, d."at" FROM cadence_deferrals d WHERE d.person_id = @person ORDER BY d."at" DESC, d.id DESC LIMIT 1;
            SELECT t.channel, t.direction, t.visibility, t.occurred_at, t.is_time_estimated, t.note FROM touches t
            WHERE t.person_id = @person ORDER BY t.occurred_at DESC, t.id LIMIT @touches_in_batch;
            """);
        Add(command, "touches_in_batch", TouchesInBatch);
        command.CommandText = sql.ToString();

        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (touch is not null)
        {
            await reader.ReadAsync(cancellationToken);
            touch.Id = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
        }

        DueDayKey? counted = await reader.ReadAsync(cancellationToken)
            ? new DueDayKey(Enum.Parse<CadenceUnit>(reader.GetString(0)), reader.GetInt32(1), reader.GetFieldValue<DateOnly>(2))
            : null;

        await reader.NextResultAsync(cancellationToken);
        Person? person = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            var own = reader.IsDBNull(4) ? null : new PersonCadenceSetting
            {
                PersonId = reader.GetInt64(4),
                TierName = StringOrNull(reader, 5),
                IntervalUnit = reader.IsDBNull(6) ? null : Enum.Parse<CadenceUnit>(reader.GetString(6)),
                IntervalCount = reader.IsDBNull(7) ? null : reader.GetInt32(7),
                ChannelMask = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                DirectionMask = reader.IsDBNull(9) ? null : reader.GetInt32(9),
                VisibilityMask = reader.IsDBNull(10) ? null : reader.GetInt32(10),
                SetAt = Utc(reader, 11),
            };
            person = new Person(reader.GetBoolean(0), StringOrNull(reader, 1), StringOrNull(reader, 2), StringOrNull(reader, 3), own);
        }

        await reader.NextResultAsync(cancellationToken);
        var lists = new List<ListCadence>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lists.Add(ListCadence.ForMember(
                reader.GetInt64(1),
                reader.GetString(2),
                TierColumns.ToTier(reader.GetString(3), Enum.Parse<CadenceUnit>(reader.GetString(4)), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8)),
                new DateTimeOffset(Utc(reader, 9)),
                new DateTimeOffset(Utc(reader, 0))));
        }

        await reader.NextResultAsync(cancellationToken);
        var deferral = await reader.ReadAsync(cancellationToken)
            ? DueDeferral.Restore(Enum.Parse<DeferralKind>(reader.GetString(0)), reader.GetFieldValue<DateOnly>(1), StringOrNull(reader, 2), new DateTimeOffset(Utc(reader, 3)))
            : null;

        await reader.NextResultAsync(cancellationToken);
        var touches = new List<TouchRead>(TouchesInBatch);
        while (await reader.ReadAsync(cancellationToken))
        {
            touches.Add(new TouchRead(
                Enum.Parse<TouchChannel>(reader.GetString(0)),
                Enum.Parse<TouchDirection>(reader.GetString(1)),
                Enum.Parse<TouchVisibility>(reader.GetString(2)),
                Utc(reader, 3),
                reader.GetBoolean(4),
                StringOrNull(reader, 5)));
        }

        return new Inputs(counted, person, lists, deferral, touches);
    }

    /// <summary>
    /// Writes the person's row (or deletes it when <paramref name="row"/> is null), moves the per-day counts
    /// from <paramref name="counted"/> to the row's day, and, after logging <paramref name="foldedIn"/>,
    /// records it as folded in: one command.
    /// </summary>
    public async Task WriteAsync(long personId, DueDayKey? counted, CadenceDue? row, Touch? foldedIn, CancellationToken cancellationToken)
    {
        await using var command = NewCommand();
        var sql = new StringBuilder();
        if (row is null)
        {
            if (counted is not null)
            {
                sql.Append("DELETE FROM cadence_due WHERE person_id = @person;\n");
                Add(command, "person", personId);
            }
        }
        else
        {
            sql.Append(UpsertSql).Append(";\n");
            var values = DueRows.Values(row);
            for (var i = 0; i < DueColumns.Length; i++)
            {
                Add(command, "due_" + DueColumns[i], values[i]);
            }
        }

        DueDayCounts.AppendMove(sql, command, counted, row is null ? null : new DueDayKey(row.IntervalUnit, row.IntervalCount, row.DueDay));
        if (foldedIn is not null)
        {
            DueCacheBuilder.AppendMarkFoldedIn(sql, command, foldedIn.Id, foldedIn.RecordedAt);
        }

        if (sql.Length == 0)
        {
            return;
        }

        command.CommandText = sql.ToString();
        await command.PrepareAsync(cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private DbCommand NewCommand()
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        return command;
    }

    private static string? StringOrNull(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTime Utc(DbDataReader reader, int column) => DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);

    /// <summary>What one batched read found.</summary>
    /// <param name="Counted">The cached row's interval and day, counted in <c>cadence_due_days</c>.</param>
    /// <param name="Person">Null when there is no such person.</param>
    /// <param name="Lists">The cadences of the lists the person is on.</param>
    /// <param name="Deferral">The latest deferral, if any.</param>
    /// <param name="Touches">The newest <see cref="TouchesInBatch"/> touches at most, newest first.</param>
    public sealed record Inputs(DueDayKey? Counted, Person? Person, List<ListCadence> Lists, DueDeferral? Deferral, List<TouchRead> Touches);

    public sealed record Person(bool IsEgo, string? DisplayName, string? IdentityName, string? IdentityHandle, PersonCadenceSetting? Own);

    public readonly record struct TouchRead(TouchChannel Channel, TouchDirection Direction, TouchVisibility Visibility, DateTime OccurredAt, bool IsTimeEstimated, string? Note);
}
