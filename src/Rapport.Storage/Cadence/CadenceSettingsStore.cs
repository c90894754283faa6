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
        if (cadences.Count <= DueCacheBuilder.FullRebuildThreshold)
        {
            foreach (var (personId, cadence) in cadences)
            {
                await WritePersonCadenceAsync(context, personId, cadence, cancellationToken);
                await cache.RebuildAsync(context, personId, cancellationToken);
            }
        }
        else
        {
            foreach (var chunk in cadences.Chunk(DueCacheBuilder.WriteChunk))
            {
                var ids = chunk.Select(c => c.PersonId).ToArray();
                await context.PersonCadences.Where(c => ids.Contains(c.PersonId)).ExecuteDeleteAsync(cancellationToken);
                context.PersonCadences.AddRange(chunk.Where(c => c.Cadence is not null).Select(c => ToSetting(c.PersonId, c.Cadence!)));
                await context.SaveChangesAsync(cancellationToken);
                context.ChangeTracker.Clear();
            }

            await DueCacheBuilder.InvalidateAsync(context, cancellationToken);
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
