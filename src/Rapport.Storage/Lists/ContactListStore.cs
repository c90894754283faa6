using Microsoft.EntityFrameworkCore;
using Rapport.Core.Lists;
using Rapport.Storage.Cadence;
using Rapport.Storage.Model;

namespace Rapport.Storage.Lists;

internal sealed class ContactListStore(IEngine engine, DueCacheBuilder cache, TimeProvider time) : IContactListStore
{
    public const int MaxNameLength = 100;

    public async Task<IReadOnlyList<ContactListSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.ContactLists.AsNoTracking()
            .OrderBy(l => l.Name)
            .ThenBy(l => l.Id)
            .Select(l => new ContactListSummary(
                l.Id,
                l.Name,
                l.IsReadOnly,
                context.ContactListMembers.Count(m => m.ListId == l.Id),
                context.ListCadences.Where(c => c.ListId == l.Id).Select(c => c.TierName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return rows;
    }

    public async Task<ContactListSummary?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(l => string.Equals(l.Name, wanted, StringComparison.Ordinal))
            ?? all.FirstOrDefault(l => string.Equals(l.Name, wanted, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<ContactListSummary> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var clean = ValidName(name);
        if (await FindAsync(clean, cancellationToken) is not null)
        {
            throw new ContactListException($"A list named \"{clean}\" already exists.");
        }

        await using var context = engine.CreateContext();
        var row = new ContactList { Name = clean, CreatedAt = time.GetUtcNow().UtcDateTime };
        context.ContactLists.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return new ContactListSummary(row.Id, row.Name, false, 0, null);
    }

    public async Task RenameAsync(long listId, string newName, CancellationToken cancellationToken)
    {
        var clean = ValidName(newName);
        if (await FindAsync(clean, cancellationToken) is { } taken && taken.Id != listId)
        {
            throw new ContactListException($"A list named \"{clean}\" already exists.");
        }

        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await WritableAsync(context, listId, cancellationToken);
        row.Name = clean;
        await context.SaveChangesAsync(cancellationToken);

        // The reason in the queue names the list a cadence comes from.
        await cache.RebuildManyAsync(context, await MembersOfAsync(context, listId, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(long listId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await WritableAsync(context, listId, cancellationToken);
        var members = await MembersOfAsync(context, listId, cancellationToken);
        await context.ListCadences.Where(c => c.ListId == listId).ExecuteDeleteAsync(cancellationToken);
        await context.ContactListMembers.Where(m => m.ListId == listId).ExecuteDeleteAsync(cancellationToken);
        context.ContactLists.Remove(row);
        await context.SaveChangesAsync(cancellationToken);
        await cache.RebuildManyAsync(context, members, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> AddMemberAsync(long listId, long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await WritableAsync(context, listId, cancellationToken);
        if (await context.ContactListMembers.AnyAsync(m => m.ListId == listId && m.PersonId == personId, cancellationToken))
        {
            return false;
        }

        context.ContactListMembers.Add(new ContactListMember { ListId = listId, PersonId = personId, AddedAt = time.GetUtcNow().UtcDateTime });
        await context.SaveChangesAsync(cancellationToken);
        await cache.RebuildAsync(context, personId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int> AddMembersAsync(long listId, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await WritableAsync(context, listId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var added = new List<long>();
        foreach (var chunk in personIds.Distinct().Chunk(DueCacheBuilder.WriteChunk))
        {
            var present = (await context.ContactListMembers.AsNoTracking()
                .Where(m => m.ListId == listId && chunk.Contains(m.PersonId))
                .Select(m => m.PersonId)
                .ToListAsync(cancellationToken)).ToHashSet();
            var fresh = chunk.Where(p => !present.Contains(p)).ToList();
            context.ContactListMembers.AddRange(fresh.Select(p => new ContactListMember { ListId = listId, PersonId = p, AddedAt = now }));
            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
            added.AddRange(fresh);
        }

        await cache.RebuildManyAsync(context, added, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return added.Count;
    }

    public async Task<bool> RemoveMemberAsync(long listId, long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await WritableAsync(context, listId, cancellationToken);
        var removed = await context.ContactListMembers.Where(m => m.ListId == listId && m.PersonId == personId).ExecuteDeleteAsync(cancellationToken) > 0;
        await cache.RebuildAsync(context, personId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public async Task<IReadOnlyList<ContactListMemberEntry>> ListMembersAsync(long listId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var members = await context.ContactListMembers.AsNoTracking()
            .Where(m => m.ListId == listId)
            .OrderBy(m => m.PersonId)
            .ToListAsync(cancellationToken);
        var entries = new List<ContactListMemberEntry>(members.Count);
        foreach (var member in members)
        {
            entries.Add(new ContactListMemberEntry(member.PersonId, await DueCacheBuilder.NameAsync(context, member.PersonId, cancellationToken), new DateTimeOffset(member.AddedAt)));
        }

        return entries;
    }

    internal static string ValidName(string name)
    {
        var clean = name?.Trim() ?? string.Empty;
        if (clean.Length == 0 || clean.Length > MaxNameLength || clean.Any(char.IsControl))
        {
            throw new ContactListException($"A list name is 1 to {MaxNameLength} characters, without control characters.");
        }

        return clean;
    }

    private static async Task<ContactList> WritableAsync(RapportDbContext context, long listId, CancellationToken cancellationToken)
    {
        var row = await context.ContactLists.FirstOrDefaultAsync(l => l.Id == listId, cancellationToken)
            ?? throw new ContactListException("No such list.");
        return row.IsReadOnly
            ? throw new ContactListException($"\"{row.Name}\" is a list from a network and is read-only here.")
            : row;
    }

    private static Task<List<long>> MembersOfAsync(RapportDbContext context, long listId, CancellationToken cancellationToken) =>
        context.ContactListMembers.AsNoTracking().Where(m => m.ListId == listId).Select(m => m.PersonId).ToListAsync(cancellationToken);
}
