using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Storage.Lists;
using Rapport.Storage.Model;
using Rapport.Storage.Tags;

namespace Rapport.Storage.Cadence;

/// <summary>
/// The people as sheet rows, read in pages by id, and a preview applied in one transaction. The notes
/// column is the person's newest note: an edited cell adds a dated note, an emptied one removes the newest.
/// The tags column is the person's whole set of tags, each as <see cref="SheetTagText"/> writes it.
/// </summary>
internal sealed class PeopleSheetStore(IEngine engine, DueCacheBuilder cache, IOptionsMonitor<CadenceOptions> options, TimeProvider time) : IPeopleSheetStore
{
    private const int PageSize = 500;

    public async IAsyncEnumerable<PersonSheetRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zone = UserCalendar.ForZone(options.CurrentValue.TimeZone, time).Zone;
        var after = 0L;
        while (true)
        {
            List<PersonSheetRow> page;
            await using (var context = engine.CreateContext())
            {
                var from = after;
                var people = await context.People.AsNoTracking()
                    .Where(p => !p.IsEgo && p.Id > from)
                    .OrderBy(p => p.Id)
                    .Take(PageSize)
                    .Select(p => new { p.Id, p.DisplayName })
                    .ToListAsync(cancellationToken);
                if (people.Count == 0)
                {
                    yield break;
                }

                var first = people[0].Id;
                var last = people[^1].Id;
                var identities = (await context.Identities.AsNoTracking()
                    .Where(i => i.PersonId >= first && i.PersonId <= last)
                    .OrderBy(i => i.Id)
                    .Select(i => new { i.PersonId, i.Network, i.Handle, i.DisplayName })
                    .ToListAsync(cancellationToken)).ToLookup(i => i.PersonId);
                var lists = (await context.ContactListMembers.AsNoTracking()
                    .Where(m => m.PersonId >= first && m.PersonId <= last)
                    .Join(context.ContactLists, m => m.ListId, l => l.Id, (m, l) => new { m.PersonId, l.Name })
                    .ToListAsync(cancellationToken)).ToLookup(m => m.PersonId, m => m.Name);
                var cadences = await context.PersonCadences.AsNoTracking()
                    .Where(c => c.PersonId >= first && c.PersonId <= last)
                    .ToDictionaryAsync(c => c.PersonId, cancellationToken);
                var lastTouches = await context.Touches.AsNoTracking()
                    .Where(t => t.PersonId >= first && t.PersonId <= last)
                    .GroupBy(t => t.PersonId)
                    .Select(g => new { PersonId = g.Key, At = g.Max(t => t.OccurredAt) })
                    .ToDictionaryAsync(t => t.PersonId, t => t.At, cancellationToken);
                var due = await context.CadenceDue.AsNoTracking()
                    .Where(d => d.PersonId >= first && d.PersonId <= last)
                    .ToDictionaryAsync(d => d.PersonId, d => d.DueDay, cancellationToken);
                var tags = (await context.PersonTags.AsNoTracking()
                    .Where(t => t.PersonId >= first && t.PersonId <= last)
                    .Select(t => new { t.PersonId, t.Name })
                    .ToListAsync(cancellationToken)).ToLookup(t => t.PersonId, t => t.Name);
                var notes = (await context.Notes.AsNoTracking()
                    .Where(n => n.PersonId >= first && n.PersonId <= last)
                    .Select(n => new { n.PersonId, n.Id, n.CreatedAt, n.Body })
                    .ToListAsync(cancellationToken))
                    .GroupBy(n => n.PersonId)
                    .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).First().Body);

                page = [.. people.Select(p => new PersonSheetRow(
                    p.Id,
                    [.. identities[p.Id].Where(i => i.Handle is not null).Select(i => FormatHandle(i.Network, i.Handle!))],
                    p.DisplayName ?? identities[p.Id].Select(i => i.DisplayName).FirstOrDefault(n => n is not null),
                    [.. lists[p.Id].Order(StringComparer.Ordinal)],
                    cadences.TryGetValue(p.Id, out var own) ? own.TierName ?? PersonSheetRow.OffCadence : null,
                    lastTouches.TryGetValue(p.Id, out var touched) ? UserCalendar.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(touched, DateTimeKind.Utc)), zone) : null,
                    due.TryGetValue(p.Id, out var day) ? day : null,
                    notes.GetValueOrDefault(p.Id))
                {
                    Tags = [.. tags[p.Id].Order(StringComparer.OrdinalIgnoreCase).ThenBy(t => t, StringComparer.Ordinal).Select(SheetTagText.Escape)],
                })];
                after = last;
            }

            foreach (var row in page)
            {
                yield return row;
            }
        }
    }

    public async Task ApplyAsync(IReadOnlyList<SheetChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var tiers = CadenceTiers.BuiltIn.ToList();
        await using var context = engine.CreateContext();
        tiers.AddRange((await context.CadenceTiers.AsNoTracking().ToListAsync(cancellationToken))
            .Select(t => TierColumns.ToTier(t.Name, t.IntervalUnit, t.IntervalCount, t.ChannelMask, t.DirectionMask, t.VisibilityMask)));
        tiers.Reverse();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var change in changes)
        {
            var personId = change.Kind == SheetChangeKind.Create
                ? await CreatePersonAsync(context, change.Row, now, cancellationToken)
                : change.PersonId ?? throw new ArgumentException("An update names its person.", nameof(changes));
            foreach (var field in change.Fields)
            {
                switch (field.Column)
                {
                    case SheetColumns.DisplayName:
                        var person = await context.People.FirstAsync(p => p.Id == personId, cancellationToken);
                        person.DisplayName = change.Row.DisplayName;
                        break;
                    case SheetColumns.Lists:
                        await SetListsAsync(context, personId, change.Row.Lists, now, cancellationToken);
                        break;
                    case SheetColumns.Cadence:
                        var cadence = change.Row.Cadence switch
                        {
                            null => null,
                            PersonSheetRow.OffCadence => PersonCadence.Off(new DateTimeOffset(now)),
                            var name => new PersonCadence(
                                CadenceTiers.Find(name, tiers) ?? throw new ArgumentException($"Unknown cadence \"{name}\".", nameof(changes)),
                                new DateTimeOffset(now)),
                        };
                        await CadenceSettingsStore.WritePersonCadenceAsync(context, personId, cadence, cancellationToken);
                        break;
                    case SheetColumns.Notes:
                        await SetNoteAsync(context, personId, change.Row.Notes, now, cancellationToken);
                        break;
                    case SheetColumns.Tags:
                        await TagStore.SetAsync(context, personId, [.. change.Row.Tags.Select(SheetTagText.Unescape)], now, cancellationToken);
                        break;
                }
            }

            await context.SaveChangesAsync(cancellationToken);
            await cache.RebuildAsync(context, personId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string FormatHandle(SocialNetwork network, string handle) =>
        network == SocialNetwork.X ? "@" + handle : network.ToString().ToLowerInvariant() + ":@" + handle;

    private static (SocialNetwork Network, string Handle) ParseHandle(string text)
    {
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Enum.TryParse<SocialNetwork>(trimmed[..colon], ignoreCase: true, out var network))
        {
            return (network, trimmed[(colon + 1)..].TrimStart('@'));
        }

        return (SocialNetwork.X, trimmed.TrimStart('@'));
    }

    private static async Task<long> CreatePersonAsync(RapportDbContext context, PersonSheetRow row, DateTime now, CancellationToken cancellationToken)
    {
        var person = new Person { DisplayName = row.DisplayName, CreatedAt = now };
        context.People.Add(person);
        await context.SaveChangesAsync(cancellationToken);
        foreach (var (network, handle) in row.Handles.Select(ParseHandle))
        {
            var key = handle.ToLowerInvariant();
            context.Identities.Add(new Identity
            {
                PersonId = person.Id,
                Network = network,
                ExternalKey = "@" + key,
                Handle = handle,
                HandleKey = key,
                FirstSeen = now,
                LastSeen = now,
            });
        }

        await context.SaveChangesAsync(cancellationToken);
        return person.Id;
    }

    private static async Task SetListsAsync(RapportDbContext context, long personId, IReadOnlyList<string> wanted, DateTime now, CancellationToken cancellationToken)
    {
        var all = await context.ContactLists.ToListAsync(cancellationToken);
        var current = await context.ContactListMembers.Where(m => m.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var member in current)
        {
            var list = all.First(l => l.Id == member.ListId);
            if (!list.IsReadOnly && !wanted.Any(w => string.Equals(w.Trim(), list.Name, StringComparison.OrdinalIgnoreCase)))
            {
                context.ContactListMembers.Remove(member);
            }
        }

        foreach (var name in wanted.Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var list = all.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal))
                ?? all.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
            if (list is null)
            {
                list = new ContactList { Name = ContactListStore.ValidName(name), CreatedAt = now };
                context.ContactLists.Add(list);
                await context.SaveChangesAsync(cancellationToken);
                all.Add(list);
            }

            if (!list.IsReadOnly && !current.Any(m => m.ListId == list.Id))
            {
                context.ContactListMembers.Add(new ContactListMember { ListId = list.Id, PersonId = personId, AddedAt = now });
            }
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    private static async Task SetNoteAsync(RapportDbContext context, long personId, string? body, DateTime now, CancellationToken cancellationToken)
    {
        if (body is not null)
        {
            context.Notes.Add(new Note { PersonId = personId, Body = body, CreatedAt = now, UpdatedAt = now });
            return;
        }

        var newest = await context.Notes.Where(n => n.PersonId == personId)
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (newest is not null)
        {
            context.Notes.Remove(newest);
        }
    }
}
