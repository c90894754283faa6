using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;
using Rapport.Storage.Import;
using Rapport.Storage.Model;

namespace Rapport.Storage.Chats;

internal sealed class ChatStore(IEngine engine, TimeProvider clock) : IChatStore
{
    public async Task<ChatDefinition> SaveAsync(ChatDefinition chat, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var key = chat.Name.Trim().ToLowerInvariant();
        var row = await context.Chats.FirstOrDefaultAsync(c => c.NameKey == key, cancellationToken);
        if (row is null)
        {
            row = new Chat { Name = chat.Name, NameKey = key, Hashtags = "[]", Hosts = "[]", RecurrenceRule = chat.RecurrenceRule, TimeZoneId = chat.TimeZoneId };
            context.Chats.Add(row);
        }

        row.Name = chat.Name.Trim();
        row.Hashtags = JsonSerializer.Serialize(chat.Hashtags, LedgerJson.Default.IReadOnlyListString);
        row.Hosts = JsonSerializer.Serialize(chat.Hosts, LedgerJson.Default.IReadOnlyListString);
        row.Topic = chat.Topic;
        row.Description = chat.Description;
        row.RecurrenceRule = chat.RecurrenceRule;
        row.TimeZoneId = chat.TimeZoneId;
        row.FirstDate = chat.FirstDate;
        row.StartTime = chat.StartTime;
        row.DurationMinutes = (int)Math.Round(chat.Duration.TotalMinutes);
        row.Attending = chat.Attending;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return ToDefinition(row);
    }

    public async Task<IReadOnlyList<ChatDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.Chats.AsNoTracking().OrderBy(c => c.NameKey).ToListAsync(cancellationToken);
        return [.. rows.Select(ToDefinition)];
    }

    public async Task<ChatDefinition?> FindAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var wanted = key.Trim();
        var all = await ListAsync(cancellationToken);
        var tag = wanted.TrimStart('#', '\uFF03');
        return all.FirstOrDefault(c => string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(c => c.Hashtags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            ?? (long.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? all.FirstOrDefault(c => c.Id == id) : null);
    }

    public async Task<bool> SetAttendingAsync(long chatId, bool attending, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var now = clock.GetUtcNow().UtcDateTime;
        return await context.Chats.Where(c => c.Id == chatId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Attending, attending).SetProperty(c => c.UpdatedAt, now), cancellationToken) > 0;
    }

    public async Task<int> AddTranscriptPostsAsync(long chatId, IReadOnlyList<ChatPost> posts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var known = (await context.ChatTranscriptPosts.Where(p => p.ChatId == chatId).Select(p => p.PostKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var post in posts)
        {
            if (!known.Add(post.Id))
            {
                continue;
            }

            context.ChatTranscriptPosts.Add(new ChatTranscriptPost
            {
                ChatId = chatId,
                PostKey = post.Id,
                Author = post.Author,
                PostedAt = post.PostedAt.UtcDateTime,
                Text = post.Text,
                ReplyToKey = post.ReplyToId,
            });
            added++;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<ChatPost>> PostsAsync(
        ChatDefinition chat, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        await using var context = engine.CreateContext();
        var fromUtc = from.UtcDateTime;
        var untilUtc = until.UtcDateTime;
        var posts = new Dictionary<string, ChatPost>(StringComparer.Ordinal);
        foreach (var tag in chat.Hashtags)
        {
            // The column is a JSON array of tags: a quoted tag matches whole tags only. Both sides are lowered after
            // JSON escaping, so an escaped non-ASCII tag ("caf\u00E9") compares the same way on either engine.
            var quoted = JsonSerializer.Serialize(tag).ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower() on both engines, not run in .NET.
            var rows = await (
                from post in context.Posts.AsNoTracking()
                join author in context.Identities.AsNoTracking() on post.AuthorIdentityId equals author.Id
                where post.CreatedAt >= fromUtc && post.CreatedAt <= untilUtc && post.Hashtags.ToLower().Contains(quoted)
                select new { post.ExternalId, author.Handle, author.ExternalKey, post.CreatedAt, post.Text, post.InReplyToExternalId })
                .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
            foreach (var row in rows)
            {
                posts.TryAdd(row.ExternalId, new ChatPost(row.ExternalId, row.Handle ?? row.ExternalKey, new DateTimeOffset(row.CreatedAt), row.Text, row.InReplyToExternalId) { InLedger = true });
            }
        }

        var transcript = await context.ChatTranscriptPosts.AsNoTracking()
            .Where(p => p.ChatId == chat.Id && p.PostedAt >= fromUtc && p.PostedAt <= untilUtc)
            .ToListAsync(cancellationToken);
        foreach (var row in transcript)
        {
            posts.TryAdd(row.PostKey, new ChatPost(row.PostKey, row.Author, new DateTimeOffset(row.PostedAt), row.Text, row.ReplyToKey));
        }

        return [.. posts.Values.OrderBy(p => p.PostedAt).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    public async Task<string?> EgoAuthorAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var ego = await context.Identities.AsNoTracking().Where(i => i.IsEgo).OrderBy(i => i.Id)
            .Select(i => new { i.Handle, i.ExternalKey }).FirstOrDefaultAsync(cancellationToken);
        return ego is null ? null : ego.Handle ?? ego.ExternalKey;
    }

    private static ChatDefinition ToDefinition(Chat row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Hashtags = List(row.Hashtags),
        Hosts = List(row.Hosts),
        Topic = row.Topic,
        Description = row.Description,
        RecurrenceRule = row.RecurrenceRule,
        TimeZoneId = row.TimeZoneId,
        FirstDate = row.FirstDate,
        StartTime = row.StartTime,
        Duration = TimeSpan.FromMinutes(row.DurationMinutes),
        Attending = row.Attending,
    };

    private static IReadOnlyList<string> List(string json) =>
        JsonSerializer.Deserialize(json, LedgerJson.Default.IReadOnlyListString) ?? [];
}
