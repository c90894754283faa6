using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

/// <summary>
/// Rebuilds the due cache from what it is derived from: the person's settings, their lists' cadences, the
/// deferrals and their touches. Every write that changes one of those calls it in the same transaction;
/// <see cref="EnsureCurrentAsync"/> catches up with imports and with a change of the user's zone.
/// </summary>
internal sealed class DueCacheBuilder(IOptionsMonitor<CadenceOptions> options, TimeProvider time)
{
    private const int StateId = 1;

    /// <summary>
    /// Up to this many people changed at once are rebuilt one by one (two commands each); more are rebuilt
    /// together, set-based (<see cref="DueCacheSetRebuild"/>), which costs a dozen statements whatever their number.
    /// </summary>
    public const int PerPersonLimit = 50;

    /// <summary>Past this many people changed at once, one pass over the whole ledger is cheaper than reading theirs.</summary>
    public const int FullRebuildThreshold = 100_000;

    /// <summary>Rows per save when a bulk change writes many settings.</summary>
    public const int WriteChunk = 10_000;

    /// <summary>
    /// The zone is read on every use, so a saved change of settings applies without a restart: the cache
    /// records the zone it was built in, and the next read after a change rebuilds everyone.
    /// </summary>
    private string ZoneName => options.CurrentValue.TimeZone;

    /// <summary>
    /// The state of the cache and the newest touch in one statement, for a read that only wants to know
    /// whether to call <see cref="EnsureCurrentAsync"/>: both are index look-ups, answered with the read's
    /// other statements in one round trip. <see cref="IsCurrentAsync"/> reads its result.
    /// </summary>
    public static readonly string CurrentCheckSql = string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"SELECT time_zone, touches_recorded_until, (SELECT MAX(recorded_at) FROM touches) FROM cadence_cache_state WHERE id = {StateId}");

    /// <summary>
    /// Whether the result of <see cref="CurrentCheckSql"/> says the cache is current: built in the zone the
    /// settings name now, with every touch folded in. Anything else is for <see cref="EnsureCurrentAsync"/>,
    /// which checks again under the state row's lock.
    /// </summary>
    public async Task<bool> IsCurrentAsync(System.Data.Common.DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken) || !string.Equals(reader.GetString(0), ZoneName, StringComparison.Ordinal))
        {
            return false;
        }

        return reader.IsDBNull(2) || reader.GetDateTime(2) <= reader.GetDateTime(1);
    }

    private TimeZoneInfo ZoneOf(string zoneName) => UserCalendar.ForZone(zoneName, time).Zone;

    /// <summary>
    /// Rebuilds one person's row in two commands (see <see cref="PersonDueStatements"/>), since logging a
    /// touch and every settings change wait on it.
    /// </summary>
    public Task RebuildAsync(RapportDbContext context, long personId, CancellationToken cancellationToken) =>
        RebuildAsync(context, personId, null, cancellationToken);

    /// <summary>
    /// Inserts a touch (setting its id), rebuilds its person's row and records the touch as folded in, in the
    /// caller's transaction: the insert travels with the reads of the rebuild, the mark with its writes.
    /// </summary>
    public Task LogTouchAsync(RapportDbContext context, Touch touch, CancellationToken cancellationToken) =>
        RebuildAsync(context, touch.PersonId, touch, cancellationToken);

    private async Task RebuildAsync(RapportDbContext context, long personId, Touch? inserted, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var statements = new PersonDueStatements(context);
            var read = await statements.ReadAsync(personId, inserted, cancellationToken);
            var row = await DueRowAsync(context, personId, read, cancellationToken);
            await statements.WriteAsync(personId, read.Counted, row, inserted, cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The person's row as the inputs make it; null when they are not kept in touch with.</summary>
    private async Task<CadenceDue?> DueRowAsync(RapportDbContext context, long personId, PersonDueStatements.Inputs read, CancellationToken cancellationToken)
    {
        if (read.Person is not { IsEgo: false } person)
        {
            return null;
        }

        var own = person.Own is null ? null : ToPersonCadence(person.Own);
        var resolved = new CadenceInputs(personId, own, read.Lists).Resolve().Cadence;
        if (resolved is null)
        {
            return null;
        }

        var walk = new LatestTouchWalk(resolved.Tier.Counts);
        foreach (var touch in read.Touches)
        {
            if (walk.Add(touch.Channel, touch.Direction, touch.Visibility, touch.OccurredAt, touch.IsTimeEstimated, touch.Note))
            {
                break;
            }
        }

        if (!walk.Done && read.Touches.Count == PersonDueStatements.TouchesInBatch)
        {
            walk = await ReadLatestTouchesAsync(context, personId, resolved.Tier.Counts, cancellationToken);
        }

        var name = NameOf(personId, person.DisplayName, person.IdentityName, person.IdentityHandle);
        return DueRows.Create(personId, name, resolved, walk.Last, read.Deferral, walk.LastOut, walk.LastIn, ZoneOf(ZoneName));
    }

    /// <summary>
    /// Rebuilds the rows of many people in the caller's transaction: one by one up to
    /// <see cref="PerPersonLimit"/>, together up to <see cref="FullRebuildThreshold"/>; past that the cache is
    /// marked stale and the next read rebuilds everyone in one pass.
    /// </summary>
    public Task RebuildManyAsync(RapportDbContext context, IEnumerable<long> personIds, CancellationToken cancellationToken) =>
        RebuildManyAsync(context, personIds, ZoneName, cancellationToken);

    private async Task RebuildManyAsync(RapportDbContext context, IEnumerable<long> personIds, string zoneName, CancellationToken cancellationToken)
    {
        var people = personIds.Distinct().ToList();
        if (people.Count <= PerPersonLimit)
        {
            foreach (var personId in people)
            {
                await RebuildAsync(context, personId, cancellationToken);
            }
        }
        else if (people.Count <= FullRebuildThreshold)
        {
            await DueCacheSetRebuild.Of(context, ZoneOf(zoneName), people).RunAsync(cancellationToken);
        }
        else
        {
            await InvalidateAsync(context, cancellationToken);
        }
    }

    /// <summary>
    /// Folds in the touches recorded since the cache last looked (imports write the ledger directly), and
    /// rebuilds everyone when the user's zone is not the one the cache was built in or when so many people
    /// changed that one pass over the ledger costs less than reading their touches.
    /// <para>
    /// Several readers may find the cache stale at once (two processes on one PostgreSQL database). The
    /// state row is created with an upsert and locked by an update as the transaction's first statement,
    /// so one reader rebuilds while the others wait, then find the cache current and rebuild nothing.
    /// </para>
    /// </summary>
    public async Task EnsureCurrentAsync(RapportDbContext context, CancellationToken cancellationToken)
    {
        // One zone for the whole catch-up, so the rows and the zone recorded with them agree even when the
        // settings change meanwhile.
        var zoneName = ZoneName;
        if (await StaleAsync(context, zoneName, cancellationToken) is null)
        {
            return;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Database.ExecuteSqlAsync(
            $"INSERT INTO cadence_cache_state (id, time_zone, touches_recorded_until) VALUES ({StateId}, {string.Empty}, {DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)}) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
        await context.Database.ExecuteSqlAsync($"UPDATE cadence_cache_state SET id = id WHERE id = {StateId}", cancellationToken);
        if (await StaleAsync(context, zoneName, cancellationToken) is not { } stale)
        {
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        if (stale.Everyone)
        {
            await RebuildAllAsync(context, zoneName, cancellationToken);
        }
        else
        {
            // Read through the recorded_at index and made distinct here: asked for DISTINCT person_id, SQLite
            // prefers walking the (person_id, occurred_at) index of the whole ledger.
            var since = stale.RecordedUntil;
            var changed = new HashSet<long>();
            await foreach (var personId in context.Touches.AsNoTracking().Where(t => t.RecordedAt > since).Select(t => t.PersonId).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (changed.Add(personId) && changed.Count > FullRebuildThreshold)
                {
                    break;
                }
            }

            if (changed.Count > FullRebuildThreshold)
            {
                await RebuildAllAsync(context, zoneName, cancellationToken);
            }
            else
            {
                await RebuildManyAsync(context, changed, zoneName, cancellationToken);
            }
        }

        await context.Database.ExecuteSqlAsync(
            $"UPDATE cadence_cache_state SET time_zone = {zoneName}, touches_recorded_until = {stale.Newest} WHERE id = {StateId}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records that a touch written and folded into the cache in the caller's transaction needs no catching
    /// up, so the next read does not rebuild that person again. Only when the cache had seen every other
    /// touch: otherwise the next read still folds in what an import wrote. The newest other touch is found
    /// by ordering on the recorded_at index: a MAX with a filter makes SQLite walk the whole ledger.
    /// </summary>
    public static void AppendMarkFoldedIn(System.Text.StringBuilder sql, System.Data.Common.DbCommand command, long touchId, DateTime recordedAt)
    {
        sql.Append(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"""
            UPDATE cadence_cache_state SET touches_recorded_until = @folded_at
            WHERE id = {StateId} AND touches_recorded_until < @folded_at
              AND touches_recorded_until >= COALESCE((SELECT recorded_at FROM touches WHERE id <> @folded_touch ORDER BY recorded_at DESC LIMIT 1), @folded_floor);

            """));
        PersonDueStatements.Add(command, "folded_at", recordedAt);
        PersonDueStatements.Add(command, "folded_touch", touchId);
        PersonDueStatements.Add(command, "folded_floor", DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc));
    }

    /// <summary>
    /// Marks the whole cache stale, in the caller's transaction, after a change to too many people to
    /// rebuild one by one: the next read rebuilds everyone in one pass.
    /// </summary>
    public static async Task InvalidateAsync(RapportDbContext context, CancellationToken cancellationToken) =>
        await context.CadenceCacheStates.Where(s => s.Id == StateId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Rebuilds everyone's row, set-based; the caller holds the transaction.</summary>
    public Task<int> RebuildAllAsync(RapportDbContext context, CancellationToken cancellationToken) =>
        RebuildAllAsync(context, ZoneName, cancellationToken);

    private Task<int> RebuildAllAsync(RapportDbContext context, string zoneName, CancellationToken cancellationToken) =>
        DueCacheSetRebuild.Everyone(context, ZoneOf(zoneName)).RunAsync(cancellationToken);

    private static async Task<Staleness?> StaleAsync(RapportDbContext context, string zoneName, CancellationToken cancellationToken)
    {
        var state = await context.CadenceCacheStates.AsNoTracking().FirstOrDefaultAsync(s => s.Id == StateId, cancellationToken);
        var newest = DateTime.SpecifyKind(await context.Touches.MaxAsync(t => (DateTime?)t.RecordedAt, cancellationToken) ?? DateTime.MinValue, DateTimeKind.Utc);
        if (state is null || !string.Equals(state.TimeZone, zoneName, StringComparison.Ordinal))
        {
            return new Staleness(true, DateTime.MinValue, newest);
        }

        var recordedUntil = DateTime.SpecifyKind(state.TouchesRecordedUntil, DateTimeKind.Utc);
        return newest > recordedUntil ? new Staleness(false, recordedUntil, newest) : null;
    }

    public static async Task<CadenceInputs?> ReadInputsAsync(RapportDbContext context, long personId, CancellationToken cancellationToken) =>
        await ReadPersonAsync(context, personId, cancellationToken) is { } person
            ? await ReadInputsAsync(context, person, cancellationToken)
            : null;

    /// <summary>
    /// The person with their own cadence, in one statement; null for the ego and for someone who does not
    /// exist, who are never due.
    /// </summary>
    private static async Task<PersonInputs?> ReadPersonAsync(RapportDbContext context, long personId, CancellationToken cancellationToken)
    {
        var person = await (
            from p in context.People.AsNoTracking()
            where p.Id == personId
            join c in context.PersonCadences.AsNoTracking() on p.Id equals c.PersonId into owns
            from own in owns.DefaultIfEmpty()
            select new { p.IsEgo, Own = own }).FirstOrDefaultAsync(cancellationToken);
        return person is null || person.IsEgo ? null : new PersonInputs(personId, person.Own);
    }

    /// <summary>The display name the user gave, else the first identity's name or handle.</summary>
    internal static string NameOf(long personId, string? displayName, string? identityName, string? identityHandle) =>
        !string.IsNullOrWhiteSpace(displayName)
            ? displayName
            : identityName ?? (identityHandle is { } handle ? "@" + handle : $"person {personId}");

    private static async Task<CadenceInputs> ReadInputsAsync(RapportDbContext context, PersonInputs person, CancellationToken cancellationToken)
    {
        var personId = person.Id;
        var lists = await context.ContactListMembers.AsNoTracking()
            .Where(m => m.PersonId == personId)
            .Join(context.ListCadences, m => m.ListId, c => c.ListId, (m, c) => new { m.AddedAt, Cadence = c })
            .Join(context.ContactLists, x => x.Cadence.ListId, l => l.Id, (x, l) => new { x.AddedAt, x.Cadence, l.Name })
            .ToListAsync(cancellationToken);
        return new CadenceInputs(
            personId,
            person.Own is null ? null : ToPersonCadence(person.Own),
            [.. lists.Select(l => ListCadence.ForMember(
                l.Cadence.ListId,
                l.Name,
                TierColumns.ToTier(l.Cadence.TierName, l.Cadence.IntervalUnit, l.Cadence.IntervalCount, l.Cadence.ChannelMask, l.Cadence.DirectionMask, l.Cadence.VisibilityMask),
                new DateTimeOffset(l.Cadence.SetAt),
                new DateTimeOffset(l.AddedAt)))]);
    }

    /// <summary>
    /// Walks the person's touches newest first through the (person_id, occurred_at) index and stops once the
    /// last qualifying touch, the last one out and the last one in are known; for someone whose newest
    /// touches, read with the inputs, did not settle all three.
    /// </summary>
    private static async Task<LatestTouchWalk> ReadLatestTouchesAsync(
        RapportDbContext context, long personId, TouchKindFilter counts, CancellationToken cancellationToken)
    {
        var walk = new LatestTouchWalk(counts);
        var newestFirst = context.Touches.AsNoTracking()
            .Where(t => t.PersonId == personId)
            .OrderByDescending(t => t.OccurredAt)
            .ThenBy(t => t.Id)
            .Select(t => new { t.Channel, t.Direction, t.Visibility, t.OccurredAt, t.IsTimeEstimated, t.Note })
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var touch in newestFirst)
        {
            if (walk.Add(touch.Channel, touch.Direction, touch.Visibility, touch.OccurredAt, touch.IsTimeEstimated, touch.Note))
            {
                break;
            }
        }

        return walk;
    }

    public static PersonCadence ToPersonCadence(PersonCadenceSetting own) => own.TierName is null
        ? PersonCadence.Off(new DateTimeOffset(own.SetAt))
        : new PersonCadence(
            TierColumns.ToTier(own.TierName, own.IntervalUnit!.Value, own.IntervalCount!.Value, own.ChannelMask!.Value, own.DirectionMask!.Value, own.VisibilityMask!.Value),
            new DateTimeOffset(own.SetAt));

    /// <summary>The display name the user gave, else the first identity's name or handle.</summary>
    public static async Task<string> NameAsync(RapportDbContext context, long personId, CancellationToken cancellationToken)
    {
        var given = await context.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var identity = await context.Identities.AsNoTracking()
            .Where(i => i.PersonId == personId)
            .OrderBy(i => i.Id)
            .Select(i => new { i.DisplayName, i.Handle })
            .FirstOrDefaultAsync(cancellationToken);
        return NameOf(personId, given, identity?.DisplayName, identity?.Handle);
    }

    private sealed record Staleness(bool Everyone, DateTime RecordedUntil, DateTime Newest);

    private sealed record PersonInputs(long Id, PersonCadenceSetting? Own);
}
