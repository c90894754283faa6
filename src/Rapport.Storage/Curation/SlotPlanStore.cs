using Microsoft.EntityFrameworkCore;
using NodaTime;
using Rapport.Core.Curation.Queue;
using Rapport.Storage.Model;

namespace Rapport.Storage.Curation;

internal sealed class SlotPlanStore(IEngine engine) : ISlotPlanStore
{
    public async Task SetAsync(string network, IReadOnlyList<PostingSlot> slots, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.CurationPostingSlots.Where(s => s.Network == network).ExecuteDeleteAsync(cancellationToken);
        context.CurationPostingSlots.AddRange(slots.Distinct().Select(slot => new CurationPostingSlot
        {
            Network = network,
            Day = (int)slot.Day,
            Minute = (slot.Time.Hour * 60) + slot.Time.Minute,
        }));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PostingSlot>> GetAsync(string network, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.CurationPostingSlots.AsNoTracking()
            .Where(s => s.Network == network)
            .OrderBy(s => s.Day)
            .ThenBy(s => s.Minute)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToSlot)];
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PostingSlot>>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.CurationPostingSlots.AsNoTracking()
            .OrderBy(s => s.Network)
            .ThenBy(s => s.Day)
            .ThenBy(s => s.Minute)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Network, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PostingSlot>)[.. g.Select(ToSlot)], StringComparer.Ordinal);
    }

    private static PostingSlot ToSlot(CurationPostingSlot row) =>
        new((IsoDayOfWeek)row.Day, new LocalTime(row.Minute / 60, row.Minute % 60));
}
