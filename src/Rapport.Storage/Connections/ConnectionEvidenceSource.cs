using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Connections;
using Rapport.Core.Ledger;
using Rapport.Storage.Import;

namespace Rapport.Storage.Connections;

/// <summary>
/// Reads the evidence for connection points out of the ledger. However many people are asked for, it runs
/// the same dozen queries (ids travel as one collection parameter), then assembles each person in memory.
/// </summary>
internal sealed class ConnectionEvidenceSource(IEngine engine) : IConnectionEvidenceSource
{
    private const int MaxDirectMessageExamples = 2;
    private const int IdsPerQuery = 5000;

    public async Task<PersonEvidence?> LoadEgoAsync(EvidenceOptions options, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var ego = await EgoAsync(context, cancellationToken);
        if (ego.PersonId is not { } personId)
        {
            return null;
        }

        var people = await LoadAsync(context, [personId], options with { PostsPerPerson = options.EgoPosts }, EgoFacts.None, cancellationToken);
        return people.Count > 0 ? people[0] : null;
    }

    public async Task<PersonEvidence?> LoadPersonAsync(long personId, EvidenceOptions options, CancellationToken cancellationToken)
    {
        var people = await LoadPeopleAsync([personId], options, cancellationToken);
        return people.Count > 0 ? people[0] : null;
    }

    public async Task<IReadOnlyList<PersonEvidence>> LoadPeopleAsync(IReadOnlyCollection<long> personIds, EvidenceOptions options, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var ego = await EgoAsync(context, cancellationToken);
        return await LoadAsync(context, personIds, options, ego, cancellationToken);
    }

    private static async Task<EgoFacts> EgoAsync(RapportDbContext context, CancellationToken cancellationToken)
    {
        var identities = await context.Identities.AsNoTracking().Where(i => i.IsEgo)
            .Select(i => new { i.Id, i.PersonId, i.Handle }).ToListAsync(cancellationToken);
        if (identities.Count == 0)
        {
            return EgoFacts.None;
        }

        var ids = identities.Select(i => i.Id).ToArray();
        var handles = identities.Where(i => i.Handle != null).Select(i => i.Handle!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var chats = await context.Chats.AsNoTracking().Select(c => new { c.Id, c.Name, c.Hashtags, c.Attending }).ToListAsync(cancellationToken);
        // Transcripts are small (the chats the user imported); authors are compared in memory, case-insensitively.
        var authors = await context.ChatTranscriptPosts.AsNoTracking()
            .Select(p => new { p.ChatId, p.Author }).Distinct().ToListAsync(cancellationToken);
        var transcriptChats = authors.Where(a => handles.Contains(a.Author.TrimStart('@').ToLowerInvariant())).Select(a => a.ChatId).ToHashSet();
        var egoTags = await context.Posts.AsNoTracking()
            .Where(p => ids.Contains(p.AuthorIdentityId) && p.Hashtags != "[]")
            .Select(p => p.Hashtags).ToListAsync(cancellationToken);
        var usedTags = egoTags.SelectMany(List).Select(tag => tag.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var shared = chats
            .Select(c => new EgoChat(c.Id, c.Name, [.. List(c.Hashtags).Select(tag => tag.TrimStart('#').ToLowerInvariant())]))
            .Where(c => chats.First(row => row.Id == c.Id).Attending || transcriptChats.Contains(c.Id) || c.Hashtags.Any(usedTags.Contains))
            .ToList();
        return new EgoFacts(identities[0].PersonId, ids, handles, shared);
    }

    private static async Task<IReadOnlyList<PersonEvidence>> LoadAsync(
        RapportDbContext context,
        IReadOnlyCollection<long> personIds,
        EvidenceOptions options,
        EgoFacts ego,
        CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var names = await context.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var identities = await context.Identities.AsNoTracking()
            .Where(i => ids.Contains(i.PersonId))
            .Select(i => new IdentityRow(i.Id, i.PersonId, i.Network, i.Handle, i.DisplayName, i.Bio, i.Location, i.Website, i.TimeZone, i.LastSeen))
            .ToListAsync(cancellationToken);
        var identityIds = identities.Select(i => i.Id).ToArray();
        var handleOf = identities.ToDictionary(i => i.Id, i => i.Handle);

        var posts = await RecentPostsAsync(context, identityIds, options.PostsPerPerson, cancellationToken);
        var touches = await context.Touches.AsNoTracking()
            .Where(t => ids.Contains(t.PersonId))
            .GroupBy(t => new { t.PersonId, t.Direction })
            .Select(g => new { g.Key.PersonId, g.Key.Direction, Count = g.Count(), Last = g.Max(t => t.OccurredAt) })
            .ToListAsync(cancellationToken);
        var messages = await InboundMessagesAsync(context, identityIds, cancellationToken);
        var egoIds = ego.IdentityIds;
        var relations = await context.Follows.AsNoTracking()
            .Where(f => egoIds.Contains(f.EgoIdentityId) && identityIds.Contains(f.IdentityId))
            .Select(f => new { f.IdentityId, f.Direction })
            .ToListAsync(cancellationToken);
        var egoFollowing = context.Follows.Where(f => egoIds.Contains(f.EgoIdentityId) && f.Direction == FollowDirection.EgoFollows).Select(f => f.IdentityId);
        var mutuals = await context.Follows.AsNoTracking()
            .Where(f => identityIds.Contains(f.EgoIdentityId) && f.Direction == FollowDirection.EgoFollows && egoFollowing.Contains(f.IdentityId))
            .Join(context.Identities, f => f.IdentityId, i => i.Id, (f, i) => new { f.EgoIdentityId, i.Handle, i.ExternalKey })
            .ToListAsync(cancellationToken);
        var transcripts = await TranscriptsAsync(context, ego, identities, cancellationToken);
        var sites = await context.SiteSnapshots.AsNoTracking().Where(s => ids.Contains(s.PersonId)).ToDictionaryAsync(s => s.PersonId, cancellationToken);

        var identitiesByPerson = identities.ToLookup(i => i.PersonId);
        var postsByAuthor = posts.ToLookup(p => p.AuthorIdentityId);
        var touchesByPerson = touches.ToLookup(t => t.PersonId);
        var relationsByIdentity = relations.ToLookup(r => r.IdentityId);
        var mutualsByIdentity = mutuals.ToLookup(m => m.EgoIdentityId);
        var messagesBySender = messages.ToLookup(m => m.SenderIdentityId);
        var result = new List<PersonEvidence>(ids.Length);
        foreach (var id in ids)
        {
            var own = identitiesByPerson[id].ToList();
            if (own.Count == 0 && !names.ContainsKey(id))
            {
                continue;
            }

            // The identity that says most about them: one with a bio, on X first, the most recently seen.
            var main = own.OrderByDescending(i => i.Bio is not null).ThenBy(i => i.Network).ThenByDescending(i => i.LastSeen).FirstOrDefault();
            var texts = own.SelectMany(i => postsByAuthor[i.Id])
                .OrderByDescending(p => p.CreatedAt)
                .Take(options.PostsPerPerson)
                .Select(p => ToText(p, handleOf.GetValueOrDefault(p.AuthorIdentityId), ego))
                .ToList();
            texts.AddRange(own.SelectMany(i => messagesBySender[i.Id])
                .OrderByDescending(m => m.SentAt)
                .Take(MaxDirectMessageExamples)
                .Select(m => new EvidenceText(EvidenceSource.Touches, m.Text!, null, new DateTimeOffset(m.SentAt)) { AddressesEgo = true }));
            var inbound = touchesByPerson[id].Where(t => t.Direction == TouchDirection.In).ToList();
            var outbound = touchesByPerson[id].Where(t => t.Direction == TouchDirection.Out).ToList();
            var handles = own.Where(i => i.Handle is not null).Select(i => i.Handle!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            result.Add(new PersonEvidence(id, main?.Handle)
            {
                DisplayName = main?.DisplayName ?? names.GetValueOrDefault(id),
                Bio = main?.Bio,
                ProfileSeenAt = main is null ? null : new DateTimeOffset(main.LastSeen),
                Location = own.Select(i => i.Location).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)),
                TimeZone = own.Select(i => i.TimeZone).FirstOrDefault(z => !string.IsNullOrWhiteSpace(z)),
                Website = own.Select(i => i.Website).FirstOrDefault(w => !string.IsNullOrWhiteSpace(w)),
                Posts = texts,
                Engagement = new Engagement(
                    inbound.Sum(t => t.Count),
                    outbound.Sum(t => t.Count),
                    inbound.Count == 0 ? null : new DateTimeOffset(inbound.Max(t => t.Last)),
                    outbound.Count == 0 ? null : new DateTimeOffset(outbound.Max(t => t.Last))),
                SharedChats = SharedChats(ego, texts, transcripts, handles, options.ExamplesPerPerson),
                MutualFollows = [.. own.SelectMany(i => mutualsByIdentity[i.Id]).Select(m => m.Handle ?? m.ExternalKey).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
                FollowsEgo = own.Any(i => relationsByIdentity[i.Id].Any(r => r.Direction == FollowDirection.FollowsEgo)),
                EgoFollows = own.Any(i => relationsByIdentity[i.Id].Any(r => r.Direction == FollowDirection.EgoFollows)),
                Site = sites.TryGetValue(id, out var site) ? SiteSnapshotStore.ToSnapshot(site) : null,
            });
        }

        return result;
    }

    /// <summary>The newest posts of each author, ranked in SQL so that prolific accounts do not flood the read.</summary>
    private static async Task<List<PostRow>> RecentPostsAsync(RapportDbContext context, long[] identityIds, int perAuthor, CancellationToken cancellationToken)
    {
        var rows = new List<PostRow>();
        foreach (var chunk in Chunks(identityIds, perAuthor))
        {
            rows.AddRange(await context.Posts
                .FromSqlRaw(NewestPerGroup("posts", "author_identity_id", "created_at", chunk, perAuthor, "kind <> 'Repost'"))
                .AsNoTracking()
                .Select(p => new PostRow(p.AuthorIdentityId, p.Network, p.ExternalId, p.CreatedAt, p.Text, p.Kind, p.InReplyToIdentityId, p.QuotedIdentityId, p.Mentions, p.Hashtags, p.Urls))
                .ToListAsync(cancellationToken));
        }

        return rows;
    }

    private static async Task<List<MessageRow>> InboundMessagesAsync(RapportDbContext context, long[] identityIds, CancellationToken cancellationToken)
    {
        var rows = new List<MessageRow>();
        foreach (var chunk in Chunks(identityIds, MaxDirectMessageExamples))
        {
            rows.AddRange(await context.DirectMessages
                .FromSqlRaw(NewestPerGroup("direct_messages", "sender_identity_id", "sent_at", chunk, MaxDirectMessageExamples, "text IS NOT NULL AND is_group = FALSE"))
                .AsNoTracking()
                .Select(m => new MessageRow(m.SenderIdentityId, m.SentAt, m.Text))
                .ToListAsync(cancellationToken));
        }

        return rows;
    }

    private static IEnumerable<long[]> Chunks(long[] ids, int perGroup) =>
        perGroup <= 0 ? [] : ids.Chunk(IdsPerQuery);

    /// <summary>
    /// The newest rows of each group, ranked by a window function both engines run. The ids are numbers the
    /// ledger allocated, written into the statement (never text from outside), in chunks that keep it short.
    /// </summary>
    private static string NewestPerGroup(string table, string groupColumn, string orderColumn, long[] groupIds, int perGroup, string filter)
    {
        var ids = string.Join(',', groupIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var limit = perGroup.ToString(CultureInfo.InvariantCulture);
        return $"SELECT t.* FROM {table} t JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY {groupColumn} ORDER BY {orderColumn} DESC, id DESC) AS rank_in_group "
            + $"FROM {table} WHERE {groupColumn} IN ({ids}) AND {filter}) ranked ON ranked.id = t.id WHERE ranked.rank_in_group <= {limit}";
    }

    private static async Task<List<TranscriptRow>> TranscriptsAsync(RapportDbContext context, EgoFacts ego, List<IdentityRow> identities, CancellationToken cancellationToken)
    {
        if (ego.Chats.Count == 0)
        {
            return [];
        }

        var chatIds = ego.Chats.Select(c => c.Id).ToArray();
        var handles = identities.Where(i => i.Handle is not null).Select(i => i.Handle!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var rows = await context.ChatTranscriptPosts.AsNoTracking()
            .Where(p => chatIds.Contains(p.ChatId))
            .Select(p => new TranscriptRow(p.ChatId, p.Author, p.PostedAt, p.Text))
            .ToListAsync(cancellationToken);
        return [.. rows.Where(row => handles.Contains(row.Author.TrimStart('@').ToLowerInvariant()))];
    }

    private static List<SharedChatEvidence> SharedChats(EgoFacts ego, List<EvidenceText> posts, List<TranscriptRow> transcripts, HashSet<string> handles, int examples)
    {
        var shared = new List<SharedChatEvidence>();
        foreach (var chat in ego.Chats)
        {
            var fromTranscripts = transcripts
                .Where(t => t.ChatId == chat.Id && handles.Contains(t.Author.TrimStart('@').ToLowerInvariant()))
                .OrderByDescending(t => t.PostedAt)
                .Select(t => new EvidenceText(EvidenceSource.ChatTranscript, t.Text, null, new DateTimeOffset(t.PostedAt)))
                .ToList();
            var fromPosts = posts.Where(p => p.Hashtags.Any(tag => chat.Hashtags.Contains(tag.ToLowerInvariant()))).ToList();
            var count = fromTranscripts.Count + fromPosts.Count;
            if (count > 0)
            {
                shared.Add(new SharedChatEvidence(chat.Name, chat.Hashtags.FirstOrDefault(), count, [.. fromPosts.Concat(fromTranscripts).Take(examples)]));
            }
        }

        return shared;
    }

    private static EvidenceText ToText(PostRow post, string? handle, EgoFacts ego)
    {
        var mentions = JsonSerializer.Deserialize(post.Mentions, LedgerJson.Default.IReadOnlyListMentionRecord) ?? [];
        var addressesEgo = (post.InReplyToIdentityId is { } reply && ego.IdentityIds.Contains(reply))
            || (post.QuotedIdentityId is { } quoted && ego.IdentityIds.Contains(quoted))
            || mentions.Any(m => ego.Handles.Contains(m.Handle.ToLowerInvariant()));
        var link = post.Network == SocialNetwork.X && handle is not null ? $"https://x.com/{handle}/status/{post.ExternalId}" : null;
        return new EvidenceText(post.Kind == PostKind.Reply ? EvidenceSource.Reply : EvidenceSource.Post, post.Text, link, new DateTimeOffset(post.CreatedAt))
        {
            AddressesEgo = addressesEgo,
            Urls = List(post.Urls),
            Hashtags = List(post.Hashtags),
        };
    }

    private static IReadOnlyList<string> List(string json) =>
        json.Length <= 2 ? [] : JsonSerializer.Deserialize(json, LedgerJson.Default.IReadOnlyListString) ?? [];

    private sealed record EgoFacts(long? PersonId, long[] IdentityIds, HashSet<string> Handles, List<EgoChat> Chats)
    {
        public static EgoFacts None { get; } = new(null, [], new HashSet<string>(StringComparer.Ordinal), []);
    }

    private sealed record EgoChat(long Id, string Name, string[] Hashtags);

    private sealed record IdentityRow(long Id, long PersonId, SocialNetwork Network, string? Handle, string? DisplayName, string? Bio, string? Location, string? Website, string? TimeZone, DateTime LastSeen);

    private sealed record PostRow(long AuthorIdentityId, SocialNetwork Network, string ExternalId, DateTime CreatedAt, string Text, PostKind Kind, long? InReplyToIdentityId, long? QuotedIdentityId, string Mentions, string Hashtags, string Urls);

    private sealed record MessageRow(long SenderIdentityId, DateTime SentAt, string? Text);

    private sealed record TranscriptRow(long ChatId, string Author, DateTime PostedAt, string Text);
}
