using Microsoft.EntityFrameworkCore;
using Rapport.Core.Tags;
using Rapport.Storage.Model;

namespace Rapport.Storage.Tags;

internal sealed class TagStore(IEngine engine, TimeProvider time) : ITagStore
{
    public async Task<IReadOnlyList<string>> AddAsync(long personId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var wanted = Distinct(tags);
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (!await context.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new ArgumentException("No such person.", nameof(personId));
        }

        var keys = wanted.Select(TagName.Key).ToList();
        var held = await context.PersonTags.Where(t => t.PersonId == personId && keys.Contains(t.NameKey)).Select(t => t.NameKey).ToListAsync(cancellationToken);

        // A tag already in use elsewhere keeps its first spelling, so "Investor" and "investor" stay one tag.
        var spellings = (await context.PersonTags.AsNoTracking()
                .Where(t => keys.Contains(t.NameKey))
                .Select(t => new { t.NameKey, t.Name })
                .Distinct()
                .ToListAsync(cancellationToken))
            .DistinctBy(s => s.NameKey)
            .ToDictionary(s => s.NameKey, s => s.Name, StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var added = new List<string>();
        foreach (var tag in wanted.Where(t => !held.Contains(TagName.Key(t))))
        {
            var name = spellings.GetValueOrDefault(TagName.Key(tag)) ?? tag;
            context.PersonTags.Add(new PersonTag { PersonId = personId, Name = name, NameKey = TagName.Key(tag), AddedAt = now });
            added.Add(name);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<string>> RemoveAsync(long personId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        // A tag made before semicolons were refused can still be taken off: removing only matches tags held.
        ArgumentNullException.ThrowIfNull(tags);
        var keys = tags.Select(t => t.Contains(';', StringComparison.Ordinal) ? t.Trim().TrimStart('#').Trim() : TagName.Normalize(t))
            .Select(TagName.Key)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            throw new ArgumentException("Name at least one tag.", nameof(tags));
        }

        await using var context = engine.CreateContext();
        var rows = await context.PersonTags.Where(t => t.PersonId == personId && keys.Contains(t.NameKey)).ToListAsync(cancellationToken);
        context.PersonTags.RemoveRange(rows);
        await context.SaveChangesAsync(cancellationToken);
        return [.. rows.Select(r => r.Name).Order(StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<string>> ListAsync(long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var names = await context.PersonTags.AsNoTracking().Where(t => t.PersonId == personId).Select(t => t.Name).ToListAsync(cancellationToken);
        return [.. names.Order(StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<string>> FindUnusedAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var wanted = Distinct(tags);
        var keys = wanted.Select(TagName.Key).ToList();
        await using var context = engine.CreateContext();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            // One probe of the name index per tag, rather than a scan of every person's tags.
            if (await context.PersonTags.AsNoTracking().AnyAsync(t => t.NameKey == key, cancellationToken))
            {
                used.Add(key);
            }
        }

        return [.. wanted.Where(t => !used.Contains(TagName.Key(t)))];
    }

    public async Task<IReadOnlyList<TagUse>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var uses = await context.PersonTags.AsNoTracking()
            .GroupBy(t => t.NameKey)
            .Select(g => new { Name = g.Min(t => t.Name)!, People = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. uses.Select(u => new TagUse(u.Name, u.People)).OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Makes the person's tags exactly <paramref name="wanted"/> inside the caller's unit of work (an import
    /// applies this in its own transaction): tags not wanted are removed, new ones take the spelling the tag
    /// already has elsewhere; nothing is saved here. A tag with a semicolon, which no new tag may hold, is
    /// accepted only when it is already in use (a tag made before the rule, read back from a sheet).
    /// </summary>
    internal static async Task SetAsync(RapportDbContext context, long personId, IReadOnlyList<string> wanted, DateTime now, CancellationToken cancellationToken)
    {
        var tags = new List<string>(wanted.Count);
        foreach (var text in wanted)
        {
            tags.Add(await IsTagInUseWithSemicolonAsync(context, text, cancellationToken) ? text.Trim() : TagName.Normalize(text));
        }

        tags = [.. tags.DistinctBy(TagName.Key)];
        var keys = tags.Select(TagName.Key).ToList();
        var held = await context.PersonTags.Where(t => t.PersonId == personId).ToListAsync(cancellationToken);
        context.PersonTags.RemoveRange(held.Where(t => !keys.Contains(t.NameKey)));
        var missing = tags.Where(t => !held.Any(h => h.NameKey == TagName.Key(t))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var missingKeys = missing.Select(TagName.Key).ToList();
        var spellings = (await context.PersonTags.AsNoTracking()
                .Where(t => missingKeys.Contains(t.NameKey))
                .Select(t => new { t.NameKey, t.Name })
                .Distinct()
                .ToListAsync(cancellationToken))
            .DistinctBy(s => s.NameKey)
            .ToDictionary(s => s.NameKey, s => s.Name, StringComparer.Ordinal);
        foreach (var tag in missing)
        {
            var key = TagName.Key(tag);
            context.PersonTags.Add(new PersonTag { PersonId = personId, Name = spellings.GetValueOrDefault(key) ?? tag, NameKey = key, AddedAt = now });
        }
    }

    private static async Task<bool> IsTagInUseWithSemicolonAsync(RapportDbContext context, string text, CancellationToken cancellationToken)
    {
        if (!text.Contains(';', StringComparison.Ordinal))
        {
            return false;
        }

        var key = TagName.Key(text.Trim());
        return await context.PersonTags.AsNoTracking().AnyAsync(t => t.NameKey == key, cancellationToken);
    }

    private static List<string> Distinct(IReadOnlyCollection<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var normalized = tags.Select(TagName.Normalize).DistinctBy(TagName.Key).ToList();
        return normalized.Count > 0 ? normalized : throw new ArgumentException("Name at least one tag.", nameof(tags));
    }
}
