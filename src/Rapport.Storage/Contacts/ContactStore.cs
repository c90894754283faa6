using Microsoft.EntityFrameworkCore;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Contacts;

internal sealed class ContactStore(IEngine engine) : IContactStore
{
    public async Task<IReadOnlyList<ContactSummary>> ListAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var identities = context.Identities.AsNoTracking().Where(i => !i.IsEgo);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().TrimStart('@').ToLowerInvariant();

            // Translated to SQL lower() on both engines: no .NET culture takes part, so the culture rules do not apply.
#pragma warning disable CA1304, CA1311, CA1862
            identities = identities.Where(i =>
                (i.HandleKey != null && i.HandleKey.Contains(text)) ||
                (i.DisplayName != null && i.DisplayName.ToLower().Contains(text)) ||
                (i.Bio != null && i.Bio.ToLower().Contains(text)) ||
                (i.Location != null && i.Location.ToLower().Contains(text)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await identities
            .Select(i => new
            {
                i.PersonId,
                i.Handle,
                i.DisplayName,
                i.Bio,
                i.Location,
                FollowsYou = context.Follows.Any(f => f.IdentityId == i.Id && f.Direction == FollowDirection.FollowsEgo),
                YouFollow = context.Follows.Any(f => f.IdentityId == i.Id && f.Direction == FollowDirection.EgoFollows),
                TouchCount = context.Touches.Count(t => t.PersonId == i.PersonId),
                LastTouchAt = context.Touches.Where(t => t.PersonId == i.PersonId).Max(t => (DateTime?)t.OccurredAt),
            })
            .OrderByDescending(r => r.TouchCount)
            .ThenBy(r => r.Handle)
            .ThenBy(r => r.PersonId)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, ContactQuery.MaxTake))
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new ContactSummary(
            r.PersonId, r.Handle, r.DisplayName, r.Bio, r.Location, r.FollowsYou, r.YouFollow, r.TouchCount, ToOffset(r.LastTouchAt)))];
    }

    public async Task<ContactDetails?> FindByHandleAsync(string handle, CancellationToken cancellationToken)
    {
        var key = handle.Trim().TrimStart('@').ToLowerInvariant();
        await using var context = engine.CreateContext();
        var personId = await context.Identities.AsNoTracking()
            .Where(i => i.HandleKey == key)
            .OrderBy(i => i.Id)
            .Select(i => (long?)i.PersonId)
            .FirstOrDefaultAsync(cancellationToken);
        if (personId is not { } id)
        {
            return null;
        }

        var identities = await context.Identities.AsNoTracking().Where(i => i.PersonId == id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var identityIds = identities.Select(i => i.Id).ToList();
        var follows = await context.Follows.AsNoTracking()
            .Where(f => identityIds.Contains(f.IdentityId))
            .Select(f => f.Direction)
            .Distinct()
            .ToListAsync(cancellationToken);
        var touches = await context.Touches.AsNoTracking()
            .Where(t => t.PersonId == id)
            .GroupBy(t => t.Direction)
            .Select(g => new { Direction = g.Key, Count = g.Count(), Last = g.Max(t => t.OccurredAt) })
            .ToListAsync(cancellationToken);
        var lists = await context.ContactListMembers.AsNoTracking()
            .Where(m => m.PersonId == id)
            .Join(context.ContactLists, m => m.ListId, l => l.Id, (m, l) => l.Name)
            .OrderBy(name => name)
            .ToListAsync(cancellationToken);

        var outbound = touches.FirstOrDefault(t => t.Direction == TouchDirection.Out);
        var inbound = touches.FirstOrDefault(t => t.Direction == TouchDirection.In);
        return new ContactDetails(
            id,
            [.. identities.Select(i => new IdentityDetails(
                i.Network, i.ExternalId, i.Handle, i.DisplayName, i.Bio, i.Location, i.Website, i.AvatarUrl,
                new DateTimeOffset(i.FirstSeen), new DateTimeOffset(i.LastSeen)))],
            follows.Contains(FollowDirection.FollowsEgo),
            follows.Contains(FollowDirection.EgoFollows),
            outbound?.Count ?? 0,
            inbound?.Count ?? 0,
            ToOffset(outbound?.Last),
            ToOffset(inbound?.Last),
            lists);
    }

    private static DateTimeOffset? ToOffset(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
