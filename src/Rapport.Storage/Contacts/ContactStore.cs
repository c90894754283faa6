using Microsoft.EntityFrameworkCore;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;
using Rapport.Core.Tags;
using Rapport.Storage.Model;

namespace Rapport.Storage.Contacts;

internal sealed class ContactStore(IEngine engine) : IContactStore
{
    public async Task<IReadOnlyList<ContactSummary>> ListAsync(ContactQuery query, CancellationToken cancellationToken) =>
        (await ListPageAsync(query, cancellationToken)).People;

    public async Task<ContactPage> ListPageAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(query.Take, 1, ContactQuery.MaxTake);
        if (query.Sort == ContactSort.MostTouched && query.After is { Length: > 0 })
        {
            throw new ArgumentException("The most-touched order pages by offset only.", nameof(query));
        }

        var cursor = query.After is { Length: > 0 } after ? ContactCursor.Decode(after, query.Sort) : null;
        await using var context = engine.CreateContext();
        var filtered = await FilterAsync(context, query, cancellationToken);
        if (filtered is null)
        {
            return new ContactPage([], null);
        }

        if (query.Sort == ContactSort.MostTouched)
        {
            return new ContactPage(await MostTouchedAsync(context, filtered, query.Skip, take, cancellationToken), null);
        }

        // One more row than asked tells whether a next page exists without counting the listing.
        var page = query.Sort == ContactSort.Newest
            ? await PageByNewestAsync(filtered, cursor, query.Skip, take + 1, cancellationToken)
            : await PageByHandleAsync(filtered, cursor, query.Skip, take + 1, cancellationToken);
        var rows = page.Take(take).ToList();
        var next = page.Count > take ? new ContactCursor(query.Sort, rows[^1].HandleKey, rows[^1].Id).Encode() : null;
        return new ContactPage(await SummarizeAsync(context, rows, cancellationToken), next);
    }

    /// <summary>The filters, each an indexed look-up; null when a named list does not exist or a tag no one carries is asked for.</summary>
    private static async Task<IQueryable<Identity>?> FilterAsync(RapportDbContext context, ContactQuery query, CancellationToken cancellationToken)
    {
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

        if (query.ListName is { } listName)
        {
            var lists = await context.ContactLists.AsNoTracking().Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
            if (lists.FirstOrDefault(l => string.Equals(l.Name, listName.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } list)
            {
                return null;
            }

            identities = identities.Where(i => context.ContactListMembers.Any(m => m.ListId == list.Id && m.PersonId == i.PersonId));
        }

        if (query.Tags is { Count: > 0 } tags)
        {
            foreach (var key in tags.Select(TagName.Normalize).Select(TagName.Key).Distinct(StringComparer.Ordinal))
            {
                if (!await context.PersonTags.AnyAsync(t => t.NameKey == key, cancellationToken))
                {
                    return null;
                }

                // An IN over the tag's index range rather than a probe per listed row: the engine can start from
                // the few people carrying a rare tag instead of walking the whole handle order to find them.
                var carriers = context.PersonTags.Where(t => t.NameKey == key).Select(t => t.PersonId);
                identities = identities.Where(i => carriers.Contains(i.PersonId));
            }
        }

        if (query.HasCadence is { } hasCadence)
        {
            identities = identities.Where(i => context.CadenceDue.Any(d => d.PersonId == i.PersonId) == hasCadence);
        }

        if (query.FollowsYou is { } followsYou)
        {
            identities = identities.Where(i => context.Follows.Any(f => f.IdentityId == i.Id && f.Direction == FollowDirection.FollowsEgo) == followsYou);
        }

        if (query.YouFollow is { } youFollow)
        {
            identities = identities.Where(i => context.Follows.Any(f => f.IdentityId == i.Id && f.Direction == FollowDirection.EgoFollows) == youFollow);
        }

        return identities;
    }

    /// <summary>
    /// Handles in order, then the people known only by id: two ranges of one index, read one after the other,
    /// because the engines disagree on where nulls sort and a range that mixes them cannot use the index.
    /// </summary>
    private static async Task<List<Identity>> PageByHandleAsync(
        IQueryable<Identity> identities, ContactCursor? cursor, int skip, int take, CancellationToken cancellationToken)
    {
        var page = new List<Identity>(take);
        if (cursor is not { HandleKey: null })
        {
            var named = identities.Where(i => i.HandleKey != null);
            if (cursor is { HandleKey: { } key, IdentityId: var id })
            {
                // The redundant >= bound lets the engine start its index range at the cursor. string.Compare is
                // translated to the engine's own comparison, the same one its ORDER BY and index use.
#pragma warning disable CA1309
                named = named.Where(i => string.Compare(i.HandleKey, key) >= 0 && (string.Compare(i.HandleKey, key) > 0 || i.Id > id));
#pragma warning restore CA1309
            }

            page.AddRange(await named.OrderBy(i => i.HandleKey).ThenBy(i => i.Id).Skip(Math.Max(0, skip)).Take(take).ToListAsync(cancellationToken));
            if (page.Count == take)
            {
                return page;
            }

            // Whatever of the offset the named range did not use up falls on the unnamed range.
            skip = page.Count > 0 ? 0 : Math.Max(0, skip - await named.CountAsync(cancellationToken));
        }

        var unnamed = identities.Where(i => i.HandleKey == null);
        if (cursor is { HandleKey: null, IdentityId: var lastId })
        {
            unnamed = unnamed.Where(i => i.Id > lastId);
        }

        page.AddRange(await unnamed.OrderBy(i => i.Id).Skip(Math.Max(0, skip)).Take(take - page.Count).ToListAsync(cancellationToken));
        return page;
    }

    private static async Task<List<Identity>> PageByNewestAsync(
        IQueryable<Identity> identities, ContactCursor? cursor, int skip, int take, CancellationToken cancellationToken)
    {
        if (cursor is { IdentityId: var id })
        {
            identities = identities.Where(i => i.Id < id);
        }

        return await identities.OrderByDescending(i => i.Id).Skip(Math.Max(0, skip)).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The head of the (touch count descending, handle, id) index: the count is kept on every identity of the
    /// person by the database's triggers on touches, so a page reads its own rows instead of counting the
    /// ledger. Ties go by handle, people known only by id last, on both engines alike (they disagree on where
    /// nulls sort, so the engine sorts each tie group of the index's order by that rule as it walks it).
    /// </summary>
    private static async Task<List<ContactSummary>> MostTouchedAsync(
        RapportDbContext context, IQueryable<Identity> identities, int skip, int take, CancellationToken cancellationToken)
    {
        // Only ids go through the sort (an index-only read); the page's rows are read by id afterwards.
        var ids = await identities
            .OrderByDescending(i => i.TouchCount)
            .ThenBy(i => i.HandleKey == null)
            .ThenBy(i => i.HandleKey)
            .ThenBy(i => i.Id)
            .Skip(Math.Max(0, skip))
            .Take(take)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        var found = await context.Identities.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return await SummarizeAsync(context, [.. ids.Select(id => found[id])], cancellationToken);
    }

    /// <summary>Follows for the page's rows only; the touch figures come with the rows.</summary>
    private static async Task<List<ContactSummary>> SummarizeAsync(RapportDbContext context, List<Identity> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var identityIds = rows.Select(r => r.Id).ToList();
        var follows = (await context.Follows.AsNoTracking()
                .Where(f => identityIds.Contains(f.IdentityId))
                .Select(f => new { f.IdentityId, f.Direction })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.IdentityId, f => f.Direction);
        return [.. rows.Select(r => new ContactSummary(
            r.PersonId, r.Handle, r.DisplayName, r.Bio, r.Location,
            follows[r.Id].Contains(FollowDirection.FollowsEgo),
            follows[r.Id].Contains(FollowDirection.EgoFollows),
            r.TouchCount,
            ToOffset(r.LastTouchAt)))];
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
        return personId is { } id ? await DetailsAsync(context, id, cancellationToken) : null;
    }

    public async Task<ContactDetails?> FindByIdAsync(long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await DetailsAsync(context, personId, cancellationToken);
    }

    private static async Task<ContactDetails?> DetailsAsync(RapportDbContext context, long id, CancellationToken cancellationToken)
    {
        var identities = await context.Identities.AsNoTracking().Where(i => i.PersonId == id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        if (identities.Count == 0)
        {
            return null;
        }

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
