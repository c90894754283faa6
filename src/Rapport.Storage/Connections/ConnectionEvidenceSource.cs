using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Connections;
using Rapport.Core.Ledger;
using Rapport.Storage.Import;
using Rapport.Storage.Model;
using Rapport.Storage.Search;

namespace Rapport.Storage.Connections;

/// <summary>
/// Reads the evidence for connection points out of the ledger. However many people are asked for, it runs
/// the same handful of statements, each joined in SQL against the requested set (bound as one parameter),
/// read with plain data readers, then assembles each person in memory.
/// </summary>
internal sealed class ConnectionEvidenceSource(IEngine engine) : IConnectionEvidenceSource
{
    private const int MaxDirectMessageExamples = 2;

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

    public async Task<string> EgoVersionAsync(EvidenceOptions options, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var set = IdSet.For(context);
        var version = new HashCode();
        var egoIds = new List<long>();
        await using (var command = await SqlCommands.CreateAsync(
            context,
            $"""
            SELECT i.id, i.content_hash, i.last_seen, i.bio, i.location, i.website, i.time_zone, i.display_name, i.handle,
                   s.fetched_at, p.display_name
            FROM identities i JOIN people p ON p.id = i.person_id LEFT JOIN site_snapshots s ON s.person_id = i.person_id
            WHERE i.is_ego = {set.True}
            ORDER BY i.id
            """,
            [],
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                egoIds.Add(reader.GetInt64(0));
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    version.Add(reader.IsDBNull(column) ? null : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture), StringComparer.Ordinal);
                }
            }
        }

        // The newest posts and messages the ego's evidence reads, through the author and sender indexes: each new
        // or changed one changes the version.
        var newest =
            $"""
            SELECT id, content_hash FROM (
                SELECT id, content_hash FROM posts WHERE {set.Contains("author_identity_id", "egos")} AND kind <> 'Repost'
                ORDER BY created_at DESC, id DESC LIMIT @posts) newest_posts
            UNION ALL
            SELECT id, content_hash FROM (
                SELECT id, content_hash FROM direct_messages WHERE {set.Contains("sender_identity_id", "egos")} AND text IS NOT NULL AND is_group = @no
                ORDER BY sent_at DESC, id DESC LIMIT @messages) newest_messages
            """;
        await using (var command = await SqlCommands.CreateAsync(
            context,
            newest,
            [.. set.Parameters([], [.. egoIds]), ("posts", options.EgoPosts), ("messages", MaxDirectMessageExamples), ("no", false)],
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                version.Add(reader.GetInt64(0));
                version.Add(reader.GetInt64(1));
            }
        }

        return version.ToHashCode().ToString(CultureInfo.InvariantCulture);
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

        var set = IdSet.For(context);
        var people = set.Parameters(ids, ego.IdentityIds);
        var wanted = set.Contains("person_id", "people");
        var theirIdentities = $"(SELECT id FROM identities WHERE {wanted})";

        var names = new Dictionary<long, string?>();
        await ReadAsync(context, $"SELECT id, display_name FROM people WHERE {set.Contains("id", "people")}", people, reader =>
            names[reader.GetInt64(0)] = Text(reader, 1), cancellationToken);

        var identities = new List<IdentityRow>();
        await ReadAsync(
            context,
            $"SELECT id, person_id, network, handle, display_name, bio, location, website, time_zone, last_seen FROM identities WHERE {wanted}",
            people,
            reader => identities.Add(new IdentityRow(
                reader.GetInt64(0), reader.GetInt64(1), Enum.Parse<SocialNetwork>(reader.GetString(2)), Text(reader, 3), Text(reader, 4),
                Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Utc(reader, 9))),
            cancellationToken);
        var handleOf = identities.ToDictionary(i => i.Id, i => i.Handle);

        var posts = new List<PostRow>();
        if (options.PostsPerPerson > 0)
        {
            await ReadAsync(
                context,
                $"""
                SELECT author_identity_id, network, external_id, created_at, text, kind, in_reply_to_identity_id, quoted_identity_id, mentions, hashtags, urls
                FROM (SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.author_identity_id ORDER BY p.created_at DESC, p.id DESC) AS rank_in_author
                      FROM posts p WHERE p.author_identity_id IN {theirIdentities} AND p.kind <> 'Repost') ranked
                WHERE rank_in_author <= @per_author
                """,
                [.. people, ("per_author", options.PostsPerPerson)],
                reader => posts.Add(new PostRow(
                    reader.GetInt64(0), Enum.Parse<SocialNetwork>(reader.GetString(1)), reader.GetString(2), Utc(reader, 3), reader.GetString(4),
                    Enum.Parse<PostKind>(reader.GetString(5)), reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetInt64(7),
                    reader.GetString(8), reader.GetString(9), reader.GetString(10))),
                cancellationToken);
        }

        var touches = new List<TouchRow>();
        await ReadAsync(
            context,
            $"SELECT person_id, direction, COUNT(*), MAX(occurred_at) FROM touches WHERE {wanted} GROUP BY person_id, direction",
            people,
            reader => touches.Add(new TouchRow(reader.GetInt64(0), Enum.Parse<TouchDirection>(reader.GetString(1)), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Utc(reader, 3))),
            cancellationToken);

        var messages = new List<MessageRow>();
        await ReadAsync(
            context,
            $"""
            SELECT sender_identity_id, sent_at, text
            FROM (SELECT m.sender_identity_id, m.sent_at, m.text, ROW_NUMBER() OVER (PARTITION BY m.sender_identity_id ORDER BY m.sent_at DESC, m.id DESC) AS rank_in_sender
                  FROM direct_messages m WHERE m.sender_identity_id IN {theirIdentities} AND m.text IS NOT NULL AND m.is_group = @no) ranked
            WHERE rank_in_sender <= @per_sender
            """,
            [.. people, ("no", false), ("per_sender", MaxDirectMessageExamples)],
            reader => messages.Add(new MessageRow(reader.GetInt64(0), Utc(reader, 1), reader.GetString(2))),
            cancellationToken);

        var relations = new List<(long IdentityId, FollowDirection Direction)>();
        var mutuals = new List<(long Owner, string? Handle, string ExternalKey)>();
        if (ego.IdentityIds.Length > 0)
        {
            var egoSet = set.Contains("ego_identity_id", "egos");
            await ReadAsync(
                context,
                $"SELECT identity_id, direction FROM follows WHERE {egoSet} AND identity_id IN {theirIdentities}",
                people,
                reader => relations.Add((reader.GetInt64(0), Enum.Parse<FollowDirection>(reader.GetString(1)))),
                cancellationToken);
            // Accounts both follow: known only where the person's own following list is in the ledger.
            await ReadAsync(
                context,
                $"""
                SELECT f.ego_identity_id, i.handle, i.external_key
                FROM follows f JOIN identities i ON i.id = f.identity_id
                WHERE f.ego_identity_id IN {theirIdentities} AND f.direction = 'EgoFollows'
                  AND f.identity_id IN (SELECT identity_id FROM follows WHERE {egoSet} AND direction = 'EgoFollows')
                """,
                people,
                reader => mutuals.Add((reader.GetInt64(0), Text(reader, 1), reader.GetString(2))),
                cancellationToken);
        }

        var transcripts = await TranscriptsAsync(context, ego, identities, cancellationToken);
        var sites = new Dictionary<long, SiteSnapshot>();
        await ReadAsync(
            context,
            $"SELECT person_id, url, title, description, keywords, feed_titles, fetched_at FROM site_snapshots WHERE {wanted}",
            people,
            reader => sites[reader.GetInt64(0)] = SiteSnapshotStore.ToSnapshot(new SiteSnapshotRow
            {
                PersonId = reader.GetInt64(0),
                Url = reader.GetString(1),
                Title = Text(reader, 2),
                Description = Text(reader, 3),
                Keywords = reader.GetString(4),
                FeedTitles = reader.GetString(5),
                FetchedAt = Utc(reader, 6),
            }),
            cancellationToken);

        var identitiesByPerson = identities.ToLookup(i => i.PersonId);
        var postsByAuthor = posts.ToLookup(p => p.AuthorIdentityId);
        var touchesByPerson = touches.ToLookup(t => t.PersonId);
        var relationsByIdentity = relations.ToLookup(r => r.IdentityId);
        var mutualsByIdentity = mutuals.ToLookup(m => m.Owner);
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
                .Select(m => new EvidenceText(EvidenceSource.Touches, m.Text, null, new DateTimeOffset(m.SentAt)) { AddressesEgo = true }));
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
                Site = sites.GetValueOrDefault(id),
            });
        }

        return result;
    }

    private static async Task ReadAsync(
        RapportDbContext context, string sql, IEnumerable<(string, object?)> parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = await SqlCommands.CreateAsync(context, sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTime Utc(DbDataReader reader, int ordinal) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

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
        var addressesEgo = (post.InReplyToIdentityId is { } reply && ego.IdentityIds.Contains(reply))
            || (post.QuotedIdentityId is { } quoted && ego.IdentityIds.Contains(quoted))
            || MentionsEgo(post.Mentions, ego);
        var link = post.Network == SocialNetwork.X && handle is not null ? $"https://x.com/{handle}/status/{post.ExternalId}" : null;
        return new EvidenceText(post.Kind == PostKind.Reply ? EvidenceSource.Reply : EvidenceSource.Post, post.Text, link, new DateTimeOffset(post.CreatedAt))
        {
            AddressesEgo = addressesEgo,
            Urls = List(post.Urls),
            Hashtags = List(post.Hashtags),
        };
    }

    /// <summary>Mentions are parsed only when the raw list could name the ego: most posts never do.</summary>
    private static bool MentionsEgo(string mentions, EgoFacts ego)
    {
        if (mentions.Length <= 2 || ego.Handles.Count == 0 || !ego.Handles.Any(handle => mentions.Contains(handle, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var parsed = JsonSerializer.Deserialize(mentions, LedgerJson.Default.IReadOnlyListMentionRecord) ?? [];
        return parsed.Any(m => ego.Handles.Contains(m.Handle.ToLowerInvariant()));
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

    private sealed record TouchRow(long PersonId, TouchDirection Direction, int Count, DateTime Last);

    private sealed record MessageRow(long SenderIdentityId, DateTime SentAt, string Text);

    private sealed record TranscriptRow(long ChatId, string Author, DateTime PostedAt, string Text);
}
