using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Rapport.Storage.Cadence;

/// <summary>
/// Keeps <c>cadence_due_days</c> equal to the due cache grouped by interval and due day. Every change to the
/// cache calls it in the same transaction: one person moved (<see cref="AppendMove"/>) or everyone rebuilt
/// (<see cref="RecountAsync"/>).
/// </summary>
internal static class DueDayCounts
{
    /// <summary>
    /// Appends to a batched command the statements that move one person from <paramref name="from"/> to
    /// <paramref name="to"/>, so a rebuild pays no round trip of its own for the counts.
    /// </summary>
    public static void AppendMove(StringBuilder sql, DbCommand command, DueDayKey? from, DueDayKey? to)
    {
        if (from == to)
        {
            return;
        }

        if (from is { } old)
        {
            sql.Append("UPDATE cadence_due_days SET people = people - 1 WHERE interval_unit = @from_unit AND interval_count = @from_count AND due_day = @from_day;\n");
            PersonDueStatements.Add(command, "from_unit", old.Unit.ToString());
            PersonDueStatements.Add(command, "from_count", old.Count);
            PersonDueStatements.Add(command, "from_day", old.Day);
        }

        if (to is { } now)
        {
            sql.Append(
                """
                INSERT INTO cadence_due_days (interval_unit, interval_count, due_day, people) VALUES (@to_unit, @to_count, @to_day, 1)
                ON CONFLICT (interval_unit, interval_count, due_day) DO UPDATE SET people = cadence_due_days.people + 1;

                """);
            PersonDueStatements.Add(command, "to_unit", now.Unit.ToString());
            PersonDueStatements.Add(command, "to_count", now.Count);
            PersonDueStatements.Add(command, "to_day", now.Day);
        }
    }

    /// <summary>
    /// Takes the cached rows that match <paramref name="condition"/> (over <c>cadence_due</c>'s columns) out
    /// of the counts: run before those rows are deleted; <see cref="AddSql"/> counts their replacements.
    /// </summary>
    public static string SubtractSql(string condition) =>
        $"""
        UPDATE cadence_due_days SET people = people - g.n
        FROM (SELECT interval_unit, interval_count, due_day, COUNT(*) AS n FROM cadence_due WHERE {condition}
              GROUP BY interval_unit, interval_count, due_day) AS g
        WHERE cadence_due_days.interval_unit = g.interval_unit AND cadence_due_days.interval_count = g.interval_count
          AND cadence_due_days.due_day = g.due_day
        """;

    /// <summary>Counts the cached rows that match <paramref name="condition"/>, after they are written.</summary>
    public static string AddSql(string condition) =>
        $"""
        INSERT INTO cadence_due_days (interval_unit, interval_count, due_day, people)
        SELECT interval_unit, interval_count, due_day, COUNT(*) FROM cadence_due WHERE {condition}
        GROUP BY interval_unit, interval_count, due_day
        ON CONFLICT (interval_unit, interval_count, due_day) DO UPDATE SET people = cadence_due_days.people + excluded.people
        """;

    /// <summary>Counts the whole cache again; the caller holds the transaction that rebuilt it.</summary>
    public static async Task RecountAsync(RapportDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlRawAsync("DELETE FROM cadence_due_days", cancellationToken);
        await context.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO cadence_due_days (interval_unit, interval_count, due_day, people)
            SELECT interval_unit, interval_count, due_day, COUNT(*) FROM cadence_due GROUP BY interval_unit, interval_count, due_day
            """,
            cancellationToken);
    }
}
