using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

internal sealed class CadenceSettingsStore(IEngine engine, DueCacheBuilder cache) : ICadenceSettingsStore
{
    public async Task<IReadOnlyList<CadenceTier>> ListTiersAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var saved = await context.CadenceTiers.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var tiers = saved.Select(t => TierColumns.ToTier(t.Name, t.IntervalUnit, t.IntervalCount, t.ChannelMask, t.DirectionMask, t.VisibilityMask)).ToList();
        return [.. CadenceTiers.BuiltIn
            .Where(b => !tiers.Any(t => string.Equals(t.Name, b.Name, StringComparison.OrdinalIgnoreCase)))
            .Concat(tiers)];
    }

    public async Task SaveTierAsync(CadenceTier tier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tier);
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var key = tier.Name.ToLowerInvariant();
        var row = await context.CadenceTiers.FirstOrDefaultAsync(t => t.NameKey == key, cancellationToken);
        if (row is null)
        {
            row = new CadenceTierSetting { Name = tier.Name, NameKey = key };
            context.CadenceTiers.Add(row);
        }

        row.Name = tier.Name;
        row.IntervalUnit = tier.Interval.Unit;
        row.IntervalCount = tier.Interval.Count;
        row.ChannelMask = tier.Counts.ChannelMask;
        row.DirectionMask = tier.Counts.DirectionMask;
        row.VisibilityMask = tier.Counts.VisibilityMask;
        await context.SaveChangesAsync(cancellationToken);
        await ApplyToHoldersAsync(context, tier, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> RemoveTierAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = name.Trim().ToLowerInvariant();
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.CadenceTiers.FirstOrDefaultAsync(t => t.NameKey == key, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var builtIn = CadenceTiers.BuiltIn.FirstOrDefault(t => string.Equals(t.Name, key, StringComparison.OrdinalIgnoreCase));
        if (builtIn is null)
        {
            var people = await PeopleHolding(context, key).CountAsync(cancellationToken);
            var lists = await ListsHolding(context, key).CountAsync(cancellationToken);
            if (people + lists > 0)
            {
                throw new CadenceTierInUseException(row.Name, people, lists);
            }
        }

        context.CadenceTiers.Remove(row);
        await context.SaveChangesAsync(cancellationToken);
        if (builtIn is not null)
        {
            await ApplyToHoldersAsync(context, builtIn, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // Tier names are matched in SQL's lower(), which no .NET culture takes part in.
#pragma warning disable CA1304, CA1311, CA1862
    private static IQueryable<PersonCadenceSetting> PeopleHolding(RapportDbContext context, string key) =>
        context.PersonCadences.Where(c => c.TierName != null && c.TierName.ToLower() == key);

    private static IQueryable<ListCadenceSetting> ListsHolding(RapportDbContext context, string key) =>
        context.ListCadences.Where(c => c.TierName.ToLower() == key);
#pragma warning restore CA1304, CA1311, CA1862

    /// <summary>People and lists keep a copy of their tier; a changed tier is copied to them and their due dates rebuilt.</summary>
    private async Task ApplyToHoldersAsync(RapportDbContext context, CadenceTier tier, CancellationToken cancellationToken)
    {
        var key = tier.Name.ToLowerInvariant();
        var people = await PeopleHolding(context, key).ToListAsync(cancellationToken);
        var lists = await ListsHolding(context, key).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.IntervalUnit = tier.Interval.Unit;
            person.IntervalCount = tier.Interval.Count;
            person.ChannelMask = tier.Counts.ChannelMask;
            person.DirectionMask = tier.Counts.DirectionMask;
            person.VisibilityMask = tier.Counts.VisibilityMask;
        }

        foreach (var list in lists)
        {
            list.IntervalUnit = tier.Interval.Unit;
            list.IntervalCount = tier.Interval.Count;
            list.ChannelMask = tier.Counts.ChannelMask;
            list.DirectionMask = tier.Counts.DirectionMask;
            list.VisibilityMask = tier.Counts.VisibilityMask;
        }

        await context.SaveChangesAsync(cancellationToken);
        var listIds = lists.Select(l => l.ListId).ToList();
        var affected = people.Select(p => p.PersonId)
            .Concat(await context.ContactListMembers.AsNoTracking().Where(m => listIds.Contains(m.ListId)).Select(m => m.PersonId).ToListAsync(cancellationToken))
            .Distinct()
            .ToList();
        await cache.RebuildManyAsync(context, affected, cancellationToken);
    }

    public async Task<CadenceInputs?> GetInputsAsync(long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await DueCacheBuilder.ReadInputsAsync(context, personId, cancellationToken);
    }

    public async Task SetPersonCadenceAsync(long personId, PersonCadence? cadence, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await WritePersonCadenceAsync(context, personId, cadence, cancellationToken);
        await cache.RebuildAsync(context, personId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetPersonCadencesAsync(IReadOnlyCollection<(long PersonId, PersonCadence? Cadence)> cadences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cadences);
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (cadences.Count <= DueCacheBuilder.PerPersonLimit)
        {
            foreach (var (personId, cadence) in cadences)
            {
                await WritePersonCadenceAsync(context, personId, cadence, cancellationToken);
                await cache.RebuildAsync(context, personId, cancellationToken);
            }
        }
        else
        {
            // The last setting given for a person wins, as when they are written one by one.
            var latest = new Dictionary<long, PersonCadence?>();
            foreach (var (personId, cadence) in cadences)
            {
                latest[personId] = cadence;
            }

            foreach (var chunk in latest.Chunk(DueCacheBuilder.WriteChunk))
            {
                var ids = chunk.Select(c => c.Key).ToArray();
                await context.PersonCadences.Where(c => ids.Contains(c.PersonId)).ExecuteDeleteAsync(cancellationToken);
                context.PersonCadences.AddRange(chunk.Where(c => c.Value is not null).Select(c => ToSetting(c.Key, c.Value!)));
                await context.SaveChangesAsync(cancellationToken);
                context.ChangeTracker.Clear();
            }

            await cache.RebuildManyAsync(context, latest.Keys, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetListCadenceAsync(long listId, CadenceTier? tier, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.ListCadences.FirstOrDefaultAsync(c => c.ListId == listId, cancellationToken);
        if (tier is null)
        {
            if (row is not null)
            {
                context.ListCadences.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new ListCadenceSetting { ListId = listId, TierName = tier.Name };
                context.ListCadences.Add(row);
            }

            row.TierName = tier.Name;
            row.IntervalUnit = tier.Interval.Unit;
            row.IntervalCount = tier.Interval.Count;
            row.ChannelMask = tier.Counts.ChannelMask;
            row.DirectionMask = tier.Counts.DirectionMask;
            row.VisibilityMask = tier.Counts.VisibilityMask;
            row.SetAt = at.UtcDateTime;
        }

        await context.SaveChangesAsync(cancellationToken);
        var members = await context.ContactListMembers.AsNoTracking().Where(m => m.ListId == listId).Select(m => m.PersonId).ToListAsync(cancellationToken);
        await cache.RebuildManyAsync(context, members, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveDeferralAsync(long personId, DueDeferral deferral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deferral);
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.CadenceDeferrals.Add(new CadenceDeferral
        {
            PersonId = personId,
            Kind = deferral.Kind,
            Until = deferral.Until,
            Reason = deferral.Reason,
            At = deferral.At.UtcDateTime,
        });
        await context.SaveChangesAsync(cancellationToken);
        await cache.RebuildAsync(context, personId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes a person's own setting without rebuilding the cache; the caller rebuilds in its transaction.</summary>
    internal static async Task WritePersonCadenceAsync(RapportDbContext context, long personId, PersonCadence? cadence, CancellationToken cancellationToken)
    {
        var row = await context.PersonCadences.FirstOrDefaultAsync(c => c.PersonId == personId, cancellationToken);
        if (cadence is null)
        {
            if (row is not null)
            {
                context.PersonCadences.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new PersonCadenceSetting { PersonId = personId };
                context.PersonCadences.Add(row);
            }

            Fill(row, cadence);
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    private static PersonCadenceSetting ToSetting(long personId, PersonCadence cadence)
    {
        var row = new PersonCadenceSetting { PersonId = personId };
        Fill(row, cadence);
        return row;
    }

    private static void Fill(PersonCadenceSetting row, PersonCadence cadence)
    {
        row.TierName = cadence.Tier?.Name;
        row.IntervalUnit = cadence.Tier?.Interval.Unit;
        row.IntervalCount = cadence.Tier?.Interval.Count;
        row.ChannelMask = cadence.Tier?.Counts.ChannelMask;
        row.DirectionMask = cadence.Tier?.Counts.DirectionMask;
        row.VisibilityMask = cadence.Tier?.Counts.VisibilityMask;
        row.SetAt = cadence.SetAt.UtcDateTime;
    }
}
