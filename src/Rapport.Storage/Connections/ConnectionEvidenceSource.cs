using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Connections;
using Rapport.Core.Ledger;
using Rapport.Storage.Import;
using Rapport.Storage.Model;

namespace Rapport.Storage.Connections;

/// <summary>
/// Reads the evidence for connection points out of the ledger. However many people are asked for, it runs
/// the same handful of statements, each joined in SQL against the requested set (bound as one parameter), sent
/// as one command and read with plain data readers, then assembles each person in memory. The ego's facts
/// (identities, handles, chats they share) are kept between calls until the stamp they are checked against changes.
/// </summary>
internal sealed class ConnectionEvidenceSource(IEngine engine) : IConnectionEvidenceSource
{
    private const int MaxDirectMessageExamples = 2;

    /// <summary>The ego's chats, handles and identities, kept until the stamp over what they are derived from changes.</summary>
    private CachedEgoFacts? _facts;

    /// <summary>
    /// The ego's identity ids as last read, bound as a parameter: a subquery on <c>is_ego</c> is planned as a scan
    /// on PostgreSQL until statistics exist, right after an import.
    /// </summary>
    private long[]? _egoIds;

    public async Task<PersonEvidence?> LoadEgoAsync(EvidenceOptions options, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var set = IdSet.For(context);
        long? personId = null;
        await new SqlBatch()
            .Add($"SELECT person_id FROM identities WHERE is_ego = {set.True} ORDER BY id LIMIT 1", reader => personId = reader.GetInt64(0))
            .RunAsync(context, cancellationToken);
        if (personId is not { } id)
        {
            return null;
        }

        var people = await LoadAsync(context, [id], options with { PostsPerPerson = options.EgoPosts }, EgoFacts.None, cancellationToken);
        return people.Count > 0 ? people[0] : null;
    }

    public async Task<string> EgoVersionAsync(EvidenceOptions options, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var set = IdSet.For(context);
        var version = new HashCode();
        var batch = new SqlBatch()
            .Add(
                $"""
                SELECT i.id, i.content_hash, i.last_seen, i.bio, i.location, i.website, i.time_zone, i.display_name, i.handle,
                       s.fetched_at, p.display_name
                FROM identities i JOIN people p ON p.id = i.person_id LEFT JOIN site_snapshots s ON s.person_id = i.person_id
                WHERE i.is_ego = {set.True}
                ORDER BY i.id
                """,
                reader => AddRow(ref version, reader))
            // The newest posts and messages the ego's evidence reads, through the author and sender indexes: each new
            // or changed one changes the version.
            .Add(
                $"""
                SELECT id, content_hash FROM (
                    SELECT id, content_hash FROM posts WHERE {set.Contains("author_identity_id", "known_egos")} AND kind <> 'Repost'
                    ORDER BY created_at DESC, id DESC LIMIT @posts) newest_posts
                UNION ALL
                SELECT id, content_hash FROM (
                    SELECT id, content_hash FROM direct_messages WHERE {set.Contains("sender_identity_id", "known_egos")} AND text IS NOT NULL AND is_group = @no
                    ORDER BY sent_at DESC, id DESC LIMIT @messages) newest_messages
                """,
                reader => AddRow(ref version, reader))
            .With([("posts", options.EgoPosts), ("messages", MaxDirectMessageExamples), ("no", false)]);
        // The version also covers the ego's cached facts (chats attended, transcripts, hashtags used), so that a
        // cache keyed by it never serves chats the ego no longer shares.
        var facts = new EgoFactsRead();
        facts.AddTo(batch, set, await KnownEgoIdsAsync(context, cancellationToken));
        await batch.RunAsync(context, cancellationToken);
        Remember(facts);
        version.Add(facts.Stamp, StringComparer.Ordinal);
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
        var ego = await EgoFactsAsync(context, cancellationToken);
        return await LoadAsync(context, personIds, options, ego, cancellationToken);
    }

    private async Task<long[]> KnownEgoIdsAsync(RapportDbContext context, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _egoIds) is { } known)
        {
            return known;
        }

        var ids = new List<long>();
        await new SqlBatch()
            .Add($"SELECT id FROM identities WHERE is_ego = {IdSet.For(context).True} ORDER BY id", reader => ids.Add(reader.GetInt64(0)))
            .RunAsync(context, cancellationToken);
        long[] read = [.. ids];
        Volatile.Write(ref _egoIds, read);
        return read;
    }

    private void Remember(EgoFactsRead read)
    {
        long[] ids = [.. read.Identities.Select(identity => identity.Id)];
        if (Volatile.Read(ref _egoIds) is not { } known || !known.SequenceEqual(ids))
        {
            Volatile.Write(ref _egoIds, ids);
        }
    }

    private static void AddRow(ref HashCode version, DbDataReader reader)
    {
        for (var column = 0; column < reader.FieldCount; column++)
        {
            version.Add(reader.IsDBNull(column) ? null : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture), StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The ego's facts: one round trip reads their identities, the chats and a stamp over transcripts and the
    /// ego's hashtags; the costlier reads behind them run again only when that stamp changed.
    /// </summary>
    private async Task<EgoFacts> EgoFactsAsync(RapportDbContext context, CancellationToken cancellationToken)
    {
        var read = new EgoFactsRead();
        var batch = new SqlBatch();
        read.AddTo(batch, IdSet.For(context), await KnownEgoIdsAsync(context, cancellationToken));
        await batch.RunAsync(context, cancellationToken);
        Remember(read);
        if (read.Identities.Count == 0)
        {
            return EgoFacts.None;
        }

        if (Volatile.Read(ref _facts) is { } cached && string.Equals(cached.Stamp, read.Stamp, StringComparison.Ordinal))
        {
            return cached.Facts;
        }

        var facts = await EgoFactsAsync(context, read, cancellationToken);
        Volatile.Write(ref _facts, new CachedEgoFacts(read.Stamp, facts));
        return facts;
    }

    private static async Task<EgoFacts> EgoFactsAsync(RapportDbContext context, EgoFactsRead read, CancellationToken cancellationToken)
    {
        var ids = read.Identities.Select(i => i.Id).ToArray();
        var handles = read.Identities.Where(i => i.Handle != null).Select(i => i.Handle!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // Transcripts are small (the chats the user imported); authors are compared in memory, case-insensitively.
        var authors = await context.ChatTranscriptPosts.AsNoTracking()
            .Select(p => new { p.ChatId, p.Author }).Distinct().ToListAsync(cancellationToken);
        var transcriptChats = authors.Where(a => handles.Contains(a.Author.TrimStart('@').ToLowerInvariant())).Select(a => a.ChatId).ToHashSet();
        var egoTags = await context.Posts.AsNoTracking()
            .Where(p => ids.Contains(p.AuthorIdentityId) && p.Hashtags != "[]")
            .Select(p => p.Hashtags).ToListAsync(cancellationToken);
        var usedTags = egoTags.SelectMany(List).Select(tag => tag.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var shared = read.Chats
            .Where(c => c.Attending || transcriptChats.Contains(c.Id) || List(c.Hashtags).Select(tag => tag.TrimStart('#').ToLowerInvariant()).Any(usedTags.Contains))
            .Select(c => new EgoChat(c.Id, c.Name, [.. List(c.Hashtags).Select(tag => tag.TrimStart('#').ToLowerInvariant())]))
            .ToList();
        return new EgoFacts(read.Identities[0].PersonId, ids, handles, shared);
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
        var wanted = set.Contains("person_id", "people");
        var theirIdentities = $"(SELECT id FROM identities WHERE {wanted})";
        // Every read below goes out in one command: one round trip per call, whatever the number of people.
        var batch = new SqlBatch().With([
            .. set.Parameters(ids, ego.IdentityIds),
            set.Parameter("chats", [.. ego.Chats.Select(c => c.Id)]),
            ("per_author", options.PostsPerPerson),
            ("per_sender", MaxDirectMessageExamples),
            ("no", false)]);

        var names = new Dictionary<long, string?>();
        batch.Add($"SELECT id, display_name FROM people WHERE {set.Contains("id", "people")}", reader =>
            names[reader.GetInt64(0)] = Text(reader, 1));

        var identities = new List<IdentityRow>();
        batch.Add(
            $"SELECT id, person_id, network, handle, display_name, bio, location, website, time_zone, last_seen FROM identities WHERE {wanted}",
            reader => identities.Add(new IdentityRow(
                reader.GetInt64(0), reader.GetInt64(1), Enum.Parse<SocialNetwork>(reader.GetString(2)), Text(reader, 3), Text(reader, 4),
                Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Utc(reader, 9))));

        var posts = new List<PostRow>();
        if (options.PostsPerPerson > 0)
        {
            batch.Add(
                $"""
                SELECT author_identity_id, x_status_id, created_at, text, is_reply, in_reply_to_identity_id, quoted_identity_id,
                       NULLIF(mentions, '[]'), NULLIF(hashtags, '[]'), NULLIF(urls, '[]')
                FROM (SELECT p.author_identity_id, CASE WHEN p.network = 'X' THEN p.external_id END AS x_status_id, p.created_at, p.text,
                             p.kind = 'Reply' AS is_reply, p.in_reply_to_identity_id, p.quoted_identity_id, p.mentions, p.hashtags, p.urls,
                             ROW_NUMBER() OVER (PARTITION BY p.author_identity_id ORDER BY p.created_at DESC, p.id DESC) AS rank_in_author
                      FROM posts p WHERE p.author_identity_id IN {theirIdentities} AND p.kind <> 'Repost') ranked
                WHERE rank_in_author <= @per_author
                """,
                // Network and kind are compared in SQL and empty lists come back as NULL: of the hundred thousand posts a
                // ranking reads, each then costs its text and the few strings it really has, not seven.
                reader => posts.Add(new PostRow(
                    reader.GetInt64(0), Text(reader, 1), Utc(reader, 2), reader.GetString(3), reader.GetBoolean(4),
                    reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6),
                    Text(reader, 7), Text(reader, 8), Text(reader, 9))));
        }

        var touches = new List<TouchRow>();
        batch.Add(
            $"SELECT person_id, direction, COUNT(*), MAX(occurred_at) FROM touches WHERE {wanted} GROUP BY person_id, direction",
            reader => touches.Add(new TouchRow(reader.GetInt64(0), Enum.Parse<TouchDirection>(reader.GetString(1)), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Utc(reader, 3))));

        var messages = new List<MessageRow>();
        batch.Add(
            $"""
            SELECT sender_identity_id, sent_at, text
            FROM (SELECT m.sender_identity_id, m.sent_at, m.text, ROW_NUMBER() OVER (PARTITION BY m.sender_identity_id ORDER BY m.sent_at DESC, m.id DESC) AS rank_in_sender
                  FROM direct_messages m WHERE m.sender_identity_id IN {theirIdentities} AND m.text IS NOT NULL AND m.is_group = @no) ranked
            WHERE rank_in_sender <= @per_sender
            """,
            reader => messages.Add(new MessageRow(reader.GetInt64(0), Utc(reader, 1), reader.GetString(2))));

        var relations = new List<(long IdentityId, FollowDirection Direction)>();
        var mutuals = new List<(long Owner, string? Handle, string ExternalKey)>();
        if (ego.IdentityIds.Length > 0)
        {
            var egoSet = set.Contains("ego_identity_id", "egos");
            batch.Add(
                $"SELECT identity_id, direction FROM follows WHERE {egoSet} AND identity_id IN {theirIdentities}",
                reader => relations.Add((reader.GetInt64(0), Enum.Parse<FollowDirection>(reader.GetString(1)))));
            // Accounts both follow: known only where the person's own following list is in the ledger.
            batch.Add(
                $"""
                SELECT f.ego_identity_id, i.handle, i.external_key
                FROM follows f JOIN identities i ON i.id = f.identity_id
                WHERE f.ego_identity_id IN {theirIdentities} AND f.direction = 'EgoFollows'
                  AND f.identity_id IN (SELECT identity_id FROM follows WHERE {egoSet} AND direction = 'EgoFollows')
                """,
                reader => mutuals.Add((reader.GetInt64(0), Text(reader, 1), reader.GetString(2))));
        }

        // Transcripts of the ego's chats; whose lines they are is decided in memory, once the identities are read.
        var transcriptLines = new List<TranscriptRow>();
        if (ego.Chats.Count > 0)
        {
            batch.Add(
                $"SELECT chat_id, author, posted_at, text FROM chat_transcript_posts WHERE {set.Contains("chat_id", "chats")}",
                reader => transcriptLines.Add(new TranscriptRow(reader.GetInt64(0), reader.GetString(1), Utc(reader, 2), reader.GetString(3))));
        }

        var sites = new Dictionary<long, SiteSnapshot>();
        batch.Add(
            $"SELECT person_id, url, title, description, keywords, feed_titles, fetched_at FROM site_snapshots WHERE {wanted}",
            reader => sites[reader.GetInt64(0)] = SiteSnapshotStore.ToSnapshot(new SiteSnapshotRow
            {
                PersonId = reader.GetInt64(0),
                Url = reader.GetString(1),
                Title = Text(reader, 2),
                Description = Text(reader, 3),
                Keywords = reader.GetString(4),
                FeedTitles = reader.GetString(5),
                FetchedAt = Utc(reader, 6),
            }));
        await batch.RunAsync(context, cancellationToken);

        var handleOf = identities.ToDictionary(i => i.Id, i => i.Handle);
        var requestedHandles = identities.Where(i => i.Handle is not null).Select(i => i.Handle!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var transcripts = transcriptLines.Where(row => requestedHandles.Contains(row.Author.TrimStart('@').ToLowerInvariant())).ToList();

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

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTime Utc(DbDataReader reader, int ordinal) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

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
        var link = post.XStatusId is not null && handle is not null ? $"https://x.com/{handle}/status/{post.XStatusId}" : null;
        return new EvidenceText(post.IsReply ? EvidenceSource.Reply : EvidenceSource.Post, post.Text, link, new DateTimeOffset(post.CreatedAt))
        {
            AddressesEgo = addressesEgo,
            Urls = List(post.Urls),
            Hashtags = List(post.Hashtags),
        };
    }

    /// <summary>Mentions are parsed only when the raw list could name the ego: most posts never do.</summary>
    private static bool MentionsEgo(string? mentions, EgoFacts ego)
    {
        if (mentions is null || mentions.Length <= 2 || ego.Handles.Count == 0 || !ego.Handles.Any(handle => mentions.Contains(handle, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var parsed = JsonSerializer.Deserialize(mentions, LedgerJson.Default.IReadOnlyListMentionRecord) ?? [];
        return parsed.Any(m => ego.Handles.Contains(m.Handle.ToLowerInvariant()));
    }

    private static IReadOnlyList<string> List(string? json) =>
        json is null || json.Length <= 2 ? [] : JsonSerializer.Deserialize(json, LedgerJson.Default.IReadOnlyListString) ?? [];

    private sealed record EgoFacts(long? PersonId, long[] IdentityIds, HashSet<string> Handles, List<EgoChat> Chats)
    {
        public static EgoFacts None { get; } = new(null, [], new HashSet<string>(StringComparer.Ordinal), []);
    }

    private sealed record EgoChat(long Id, string Name, string[] Hashtags);

    private sealed record CachedEgoFacts(string Stamp, EgoFacts Facts);

    private sealed record IdentityRow(long Id, long PersonId, SocialNetwork Network, string? Handle, string? DisplayName, string? Bio, string? Location, string? Website, string? TimeZone, DateTime LastSeen);

    /// <summary>A post as ranking reads it: <see cref="XStatusId"/> is set only for posts on X, which have a status link; empty lists are null.</summary>
    private sealed record PostRow(long AuthorIdentityId, string? XStatusId, DateTime CreatedAt, string Text, bool IsReply, long? InReplyToIdentityId, long? QuotedIdentityId, string? Mentions, string? Hashtags, string? Urls);

    private sealed record TouchRow(long PersonId, TouchDirection Direction, int Count, DateTime Last);

    private sealed record MessageRow(long SenderIdentityId, DateTime SentAt, string Text);

    private sealed record TranscriptRow(long ChatId, string Author, DateTime PostedAt, string Text);
}
