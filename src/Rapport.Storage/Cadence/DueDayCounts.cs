using Microsoft.EntityFrameworkCore;

namespace Rapport.Storage.Cadence;

/// <summary>
/// Keeps <c>cadence_due_days</c> equal to the due cache grouped by interval and due day. Every change to the
/// cache calls it in the same transaction: one person moved (<see cref="MoveAsync"/>) or everyone rebuilt
/// (<see cref="RecountAsync"/>).
/// </summary>
internal static class DueDayCounts
{
    public static async Task MoveAsync(RapportDbContext context, DueDayKey? from, DueDayKey? to, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            return;
        }

        // A move is one command of two statements, so logging a touch pays one round trip for it.
        switch (from, to)
        {
            case ({ } old, { } now):
                await context.Database.ExecuteSqlAsync(
                    $"""
                    UPDATE cadence_due_days SET people = people - 1 WHERE interval_unit = {old.Unit.ToString()} AND interval_count = {old.Count} AND due_day = {old.Day};
                    INSERT INTO cadence_due_days (interval_unit, interval_count, due_day, people) VALUES ({now.Unit.ToString()}, {now.Count}, {now.Day}, 1)
                    ON CONFLICT (interval_unit, interval_count, due_day) DO UPDATE SET people = cadence_due_days.people + 1
                    """,
                    cancellationToken);
                break;
            case ({ } old, null):
                await context.Database.ExecuteSqlAsync(
                    $"UPDATE cadence_due_days SET people = people - 1 WHERE interval_unit = {old.Unit.ToString()} AND interval_count = {old.Count} AND due_day = {old.Day}",
                    cancellationToken);
                break;
            case (null, { } now):
                await context.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO cadence_due_days (interval_unit, interval_count, due_day, people) VALUES ({now.Unit.ToString()}, {now.Count}, {now.Day}, 1)
                    ON CONFLICT (interval_unit, interval_count, due_day) DO UPDATE SET people = cadence_due_days.people + 1
                    """,
                    cancellationToken);
                break;
        }
    }

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
