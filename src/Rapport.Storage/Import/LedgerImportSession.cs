using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Import;

/// <summary>
/// Classifies every record of an import as new, updated or unchanged against what the ledger already
/// holds (loaded once at the start, keyed by network ids and content fingerprints) and hands only new
/// and changed rows to the engine's <see cref="BulkWriter"/>. Everything happens inside one transaction.
/// </summary>
internal sealed class LedgerImportSession : ILedgerImportSession
{
    /// <summary>Rows written (new or changed) from which an import refreshes the planner's statistics.</summary>
    private const long StatisticsAfterRows = 10_000;

    private readonly BulkWriter _writer;
    private readonly ImportSessionOptions _options;
    private readonly IdentityResolver _identities;
    private readonly RowHasher _hasher = new();
    private readonly string _network;
    private readonly string _sourcePrefix;
    private DateTime _observedAt;
    private readonly DateTime _now;
    private readonly long _started = Stopwatch.GetTimestamp();

    private readonly Dictionary<string, RowState> _posts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowState> _likes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowState> _directMessages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowState> _touches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowState> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<(long OwnerId, long IdentityId, string Direction), RowState> _follows = [];
    private readonly HashSet<string> _handleChanges = new(StringComparer.Ordinal);

    private IdentityState? _ego;
    private bool _committed;

    private LedgerImportSession(BulkWriter writer, ImportSessionOptions options, DateTime now)
    {
        _writer = writer;
        _options = options;
        _network = options.Network.ToString();
        _sourcePrefix = _network.ToLowerInvariant() + ":";
        _observedAt = options.ObservedAt.UtcDateTime;
        _now = now;
        _identities = new IdentityResolver(writer, _network, _observedAt, now);
    }

    public static async Task<LedgerImportSession> OpenAsync(
        BulkWriter writer,
        ImportSessionOptions options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var session = new LedgerImportSession(writer, options, clock.GetUtcNow().UtcDateTime);
        await session.LoadAsync(cancellationToken);
        return session;
    }

    public async ValueTask SetEgoAsync(EgoProfile ego, CancellationToken cancellationToken)
    {
        _ego = await _identities.SetEgoAsync(ego, cancellationToken);
        foreach (var change in ego.ScreenNameChanges)
        {
            var changedAt = change.ChangedAt.UtcDateTime;
            var key = HandleChangeKey(_ego.Id, changedAt, change.ChangedTo);
            if (_handleChanges.Add(key))
            {
                var id = await _writer.NextIdAsync(LedgerTables.HandleChanges, cancellationToken);
                await _writer.InsertAsync(
                    LedgerTables.HandleChanges, [id, _ego.Id, changedAt, change.ChangedFrom, change.ChangedTo], cancellationToken);
            }
        }
    }

    public void ObserveAt(DateTimeOffset observedAt)
    {
        _observedAt = observedAt.UtcDateTime;
        _identities.ObservedAt = _observedAt;
    }

    public async ValueTask AddProfileAsync(ProfileRecord profile, CancellationToken cancellationToken) =>
        await _identities.ApplyProfileAsync(profile, cancellationToken);

    public async ValueTask AddPostAsync(PostRecord post, CancellationToken cancellationToken)
    {
        var isEgo = _ego is not null && string.Equals(post.AuthorExternalId, _ego.ExternalId, StringComparison.Ordinal);
        var author = await _identities.ResolveAsync(
            new AccountRef(post.AuthorExternalId, isEgo ? _ego!.Handle : null), cancellationToken);
        var replyTo = await ResolveOptionalAsync(new AccountRef(post.InReplyToUserId, post.InReplyToHandle), cancellationToken);
        var quoted = await ResolveOptionalAsync(new AccountRef(null, post.QuotedHandle), cancellationToken);
        if (post.RepostOf is { } original)
        {
            await ResolveOptionalAsync(AccountRef.FromMention(original), cancellationToken);
        }

        foreach (var mention in post.Mentions)
        {
            await ResolveOptionalAsync(AccountRef.FromMention(mention), cancellationToken);
        }

        var createdAt = post.CreatedAt.UtcDateTime;
        var kind = post.Kind.ToString();
        _hasher.Add(author.Id).Add(createdAt).Add(post.Text).Add(kind)
            .Add(post.InReplyToPostId).Add(replyTo?.Id).Add(post.QuotedPostId).Add(quoted?.Id);
        foreach (var mention in post.Mentions)
        {
            _hasher.Add(mention.ExternalId).Add(mention.Handle).Add(mention.DisplayName);
        }

        var hash = _hasher.Add(post.Hashtags).Add(post.Cashtags).Add(post.Urls).Finish();

        // The entity lists are serialised only for rows that are written: most rows of a re-import are not.
        await UpsertAsync(
            LedgerTables.Posts,
            _posts,
            post.ExternalId,
            hash,
            id =>
            [
                id, _network, post.ExternalId, author.Id, createdAt, post.Text, kind, post.InReplyToPostId, replyTo?.Id,
                post.QuotedPostId, quoted?.Id,
                JsonSerializer.Serialize(post.Mentions, LedgerJson.Default.IReadOnlyListMentionRecord),
                JsonSerializer.Serialize(post.Hashtags, LedgerJson.Default.IReadOnlyListString),
                JsonSerializer.Serialize(post.Cashtags, LedgerJson.Default.IReadOnlyListString),
                JsonSerializer.Serialize(post.Urls, LedgerJson.Default.IReadOnlyListString),
                hash,
            ],
            cancellationToken);
    }

    public async ValueTask AddFollowAsync(FollowRecord follow, CancellationToken cancellationToken)
    {
        var owner = follow.Owner is { IsEmpty: false } account
            ? await _identities.ResolveAsync(account, cancellationToken)
            : RequireEgo();
        var other = await _identities.ResolveAsync(AccountRef.FromId(follow.ExternalId), cancellationToken);
        if (other.Id == owner.Id)
        {
            return;
        }

        var direction = follow.Direction.ToString();
        var key = (owner.Id, other.Id, direction);
        if (!_follows.TryGetValue(key, out var state))
        {
            var id = await _writer.NextIdAsync(LedgerTables.Follows, cancellationToken);
            state = new RowState(id, 0) { FirstSeen = _observedAt, LastSeen = _observedAt };
            _follows.Add(key, state);
            await _writer.InsertAsync(LedgerTables.Follows, [id, owner.Id, other.Id, direction, _observedAt, _observedAt], cancellationToken);
            state.Record(Outcome.New);
            return;
        }

        // A snapshot only widens the window in which the edge was seen: re-reading the same one changes nothing.
        var firstSeen = state.FirstSeen < _observedAt ? state.FirstSeen : _observedAt;
        var lastSeen = state.LastSeen > _observedAt ? state.LastSeen : _observedAt;
        if (firstSeen == state.FirstSeen && lastSeen == state.LastSeen)
        {
            state.Record(Outcome.Unchanged);
            return;
        }

        state.FirstSeen = firstSeen;
        state.LastSeen = lastSeen;
        await _writer.UpdateAsync(LedgerTables.Follows, [state.Id, owner.Id, other.Id, direction, firstSeen, lastSeen], cancellationToken);
        state.Record(Outcome.Updated);
    }

    public async ValueTask AddLikeAsync(LikeRecord like, CancellationToken cancellationToken)
    {
        var ego = RequireEgo();
        var estimatedAt = like.EstimatedAt?.UtcDateTime;
        var hash = _hasher.Add(like.Text).Add(like.ExpandedUrl).Add(estimatedAt).Finish();
        await UpsertAsync(
            LedgerTables.Likes,
            _likes,
            LikeKey(ego.Id, like.PostExternalId),
            hash,
            id => [id, ego.Id, _network, like.PostExternalId, like.Text, like.ExpandedUrl, estimatedAt, hash],
            cancellationToken);
    }

    public async ValueTask AddDirectMessageAsync(DirectMessageRecord message, CancellationToken cancellationToken)
    {
        var sender = await _identities.ResolveAsync(AccountRef.FromId(message.SenderId), cancellationToken);
        foreach (var recipient in message.RecipientIds)
        {
            await _identities.ResolveAsync(AccountRef.FromId(recipient), cancellationToken);
        }

        var sentAt = message.SentAt.UtcDateTime;
        var recipients = message.RecipientIds.Count;

        // The fingerprint leaves the text out: text is private and read only on request, so an import
        // without it must neither count as a change nor erase text an earlier import stored.
        var hash = _hasher.Add(message.ConversationId).Add(sender.Id).Add(sentAt).Add(message.IsGroup).Add(recipients).Finish();
        if (_directMessages.TryGetValue(message.ExternalId, out var state) && message.Text is null)
        {
            if (state.Hash == hash)
            {
                state.Record(Outcome.Unchanged);
                return;
            }

            var keptText = state.HasText ? await ReadDirectMessageTextAsync(state.Id, cancellationToken) : null;
            state.Hash = hash;
            await _writer.UpdateAsync(
                LedgerTables.DirectMessages,
                [state.Id, _network, message.ExternalId, message.ConversationId, sender.Id, sentAt, message.IsGroup, recipients, keptText, hash],
                cancellationToken);
            state.Record(Outcome.Updated);
            return;
        }

        var addsText = state is not null && !state.HasText && message.Text is not null;
        await UpsertAsync(
            LedgerTables.DirectMessages,
            _directMessages,
            message.ExternalId,
            hash,
            id => [id, _network, message.ExternalId, message.ConversationId, sender.Id, sentAt, message.IsGroup, recipients, message.Text, hash],
            cancellationToken,
            forceUpdate: addsText);
        _directMessages[message.ExternalId].HasText |= message.Text is not null;
    }

    public async ValueTask AddListMembershipAsync(ListMembershipRecord membership, CancellationToken cancellationToken)
    {
        var (name, description) = DescribeList(membership.ListUrl);
        var hash = _hasher.Add(name).Add(description).Finish();
        await UpsertAsync(
            LedgerTables.ContactLists,
            _lists,
            membership.ListUrl,
            hash,
            id => [id, name, description, membership.ListUrl, true, _now],
            cancellationToken,
            compareHash: false);
    }

    public async ValueTask AddTouchAsync(TouchRecord touch, CancellationToken cancellationToken)
    {
        var counterpart = await _identities.ResolveAsync(touch.Counterpart, cancellationToken);
        if (counterpart.IsEgo)
        {
            return;
        }

        var occurredAt = touch.OccurredAt.UtcDateTime;
        var channel = touch.Channel.ToString();
        var direction = touch.Direction.ToString();
        var visibility = touch.Visibility.ToString();
        var hash = TouchHash(counterpart.PersonId, counterpart.Id, channel, direction, visibility, occurredAt, touch.IsTimeEstimated);
        await UpsertAsync(
            LedgerTables.Touches,
            _touches,
            touch.SourceRef,
            hash,
            id =>
            [
                id, counterpart.PersonId, counterpart.Id, channel, direction, visibility, occurredAt, touch.IsTimeEstimated,
                touch.SourceRef, null, _now, hash,
            ],
            cancellationToken);
    }

    public async Task<ImportSummary> CommitAsync(CancellationToken cancellationToken)
    {
        await _writer.FlushAsync(cancellationToken);
        var likeTouches = _ego is null ? 0 : await AddLikeTouchesAsync(_ego.Id, cancellationToken);
        var summary = new ImportSummary(
            _options.Source,
            [
                _identities.Count(ImportKinds.People),
                Count(ImportKinds.Posts, _posts.Values),
                Count(ImportKinds.Follows, _follows.Values),
                Count(ImportKinds.Likes, _likes.Values),
                Count(ImportKinds.DirectMessages, _directMessages.Values),
                Count(ImportKinds.Lists, _lists.Values),
                Count(ImportKinds.Touches, _touches.Values, extraNew: likeTouches),
            ],
            Stopwatch.GetElapsedTime(_started));

        var runId = await _writer.NextIdAsync(LedgerTables.ImportRuns, cancellationToken);
        await _writer.InsertAsync(
            LedgerTables.ImportRuns,
            [runId, _options.Source, _network, _now, _now + summary.Elapsed, JsonSerializer.Serialize(summary.Kinds, LedgerJson.Default.IReadOnlyListImportKindCounts), _options.Fingerprint],
            cancellationToken);
        await _writer.CommitAsync(cancellationToken);
        _committed = true;
        if (summary.Kinds.Sum(kind => (long)kind.New + kind.Updated) >= StatisticsAfterRows)
        {
            try
            {
                await _writer.RefreshStatisticsAsync(cancellationToken);
            }
            catch (DbException)
            {
                // The import is committed; statistics only speed reads up, and the server's own maintenance refreshes them later.
            }
        }

        return summary;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            // Nothing was committed: the transaction rolls back and the ledger is as it was.
            await _writer.Transaction.RollbackAsync(CancellationToken.None);
        }

        await _writer.DisposeAsync();
    }

    private async ValueTask<IdentityState?> ResolveOptionalAsync(AccountRef account, CancellationToken cancellationToken) =>
        account.IsEmpty ? null : await _identities.ResolveAsync(account, cancellationToken);

    private IdentityState RequireEgo() =>
        _ego ?? throw new InvalidOperationException("The archive's owner must be set before their graph and likes.");

    /// <summary>Inserts a row the ledger lacks, rewrites one whose fingerprint changed, and counts the outcome.</summary>
    private async ValueTask UpsertAsync(
        TableSpec table,
        Dictionary<string, RowState> existing,
        string key,
        long hash,
        Func<long, object?[]> row,
        CancellationToken cancellationToken,
        bool compareHash = true,
        bool forceUpdate = false)
    {
        if (!existing.TryGetValue(key, out var state))
        {
            var id = await _writer.NextIdAsync(table, cancellationToken);
            state = new RowState(id, hash);
            existing.Add(key, state);
            await _writer.InsertAsync(table, row(id), cancellationToken);
            state.Record(Outcome.New);
        }
        else if (forceUpdate || (compareHash && state.Hash != hash))
        {
            state.Hash = hash;
            await _writer.UpdateAsync(table, row(state.Id), cancellationToken);
            state.Record(Outcome.Updated);
        }
        else
        {
            state.Record(Outcome.Unchanged);
        }
    }

    /// <summary>
    /// A like names no author; it becomes a touch once the liked post is in the ledger with its author,
    /// whichever import brought the post. Runs in SQL so it also covers likes from earlier imports.
    /// </summary>
    private async Task<int> AddLikeTouchesAsync(long egoId, CancellationToken cancellationToken)
    {
        // The engine assigns these ids: no touch id is handed out by the writer after this point.
        var prefix = _sourcePrefix + "like:";
        await using var command = _writer.CreateCommand(
            """
            INSERT INTO touches (person_id, identity_id, channel, direction, visibility, occurred_at,
                                 is_time_estimated, source_ref, note, recorded_at, content_hash)
            SELECT i.person_id, i.id, @channel, @direction, @visibility,
                   l.estimated_at, @estimated, @prefix || l.post_external_id, NULL, @now, 0
            FROM likes l
            JOIN posts p ON p.network = l.network AND p.external_id = l.post_external_id
            JOIN identities i ON i.id = p.author_identity_id
            WHERE l.ego_identity_id = @ego AND l.network = @network AND l.estimated_at IS NOT NULL
              AND i.is_ego = @not_ego
              AND NOT EXISTS (SELECT 1 FROM touches t WHERE t.source_ref = @prefix || l.post_external_id)
            """,
            ("channel", nameof(TouchChannel.Like)),
            ("direction", nameof(TouchDirection.Out)),
            ("visibility", nameof(TouchVisibility.Public)),
            ("estimated", true),
            ("prefix", prefix),
            ("now", _now),
            ("ego", egoId),
            ("network", _network),
            ("not_ego", false));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<string?> ReadDirectMessageTextAsync(long id, CancellationToken cancellationToken)
    {
        await _writer.FlushAsync(cancellationToken);
        await using var command = _writer.CreateCommand("SELECT text FROM direct_messages WHERE id = @id", ("id", id));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private long TouchHash(
        long personId, long identityId, string channel, string direction, string visibility, DateTime occurredAt, bool estimated) =>
        _hasher.Add(personId).Add(identityId).Add(channel).Add(direction).Add(visibility).Add(occurredAt).Add(estimated).Finish();

    private static ImportKindCounts Count(string kind, IEnumerable<RowState> rows, int extraNew = 0)
    {
        int created = extraNew, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            switch (row.Outcome)
            {
                case Outcome.New: created++; break;
                case Outcome.Updated: updated++; break;
                case Outcome.Unchanged: unchanged++; break;
            }
        }

        return new ImportKindCounts(kind, created, updated, unchanged);
    }

    private static string LikeKey(long egoId, string postId) => egoId.ToString(CultureInfo.InvariantCulture) + ":" + postId;

    private static string HandleChangeKey(long identityId, DateTime changedAt, string changedTo) =>
        FormattableString.Invariant($"{identityId}|{changedAt.Ticks}|{changedTo}");

    /// <summary>X list URLs read <c>https://x.com/curator/lists/slug</c> (or <c>/i/lists/id</c>).</summary>
    internal static (string Name, string? Description) DescribeList(string url)
    {
        var segments = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            : [];
        var at = Array.FindIndex(segments, s => string.Equals(s, "lists", StringComparison.OrdinalIgnoreCase));
        if (at > 0 && at + 1 < segments.Length)
        {
            var curator = segments[at - 1];
            var slug = Uri.UnescapeDataString(segments[at + 1]);
            return string.Equals(curator, "i", StringComparison.Ordinal)
                ? ($"List {slug}", "An X list you are a member of")
                : (slug, $"An X list by @{curator} that you are a member of");
        }

        return (url, "An X list you are a member of");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _identities.LoadAsync(cancellationToken);

        await ReadAsync(
            "SELECT external_id, id, content_hash FROM posts WHERE network = @network",
            r => _posts[r.GetString(0)] = new RowState(r.GetInt64(1), r.GetInt64(2)),
            cancellationToken);
        await ReadAsync(
            "SELECT ego_identity_id, post_external_id, id, content_hash FROM likes WHERE network = @network",
            r => _likes[LikeKey(r.GetInt64(0), r.GetString(1))] = new RowState(r.GetInt64(2), r.GetInt64(3)),
            cancellationToken);
        await ReadAsync(
            "SELECT external_id, id, content_hash, text IS NOT NULL FROM direct_messages WHERE network = @network",
            r => _directMessages[r.GetString(0)] = new RowState(r.GetInt64(1), r.GetInt64(2)) { HasText = r.GetBoolean(3) },
            cancellationToken);
        await ReadAsync(
            """
            SELECT f.ego_identity_id, f.identity_id, f.direction, f.id, f.first_seen, f.last_seen
            FROM follows f JOIN identities e ON e.id = f.ego_identity_id
            WHERE e.network = @network
            """,
            r => _follows[(r.GetInt64(0), r.GetInt64(1), r.GetString(2))] = new RowState(r.GetInt64(3), 0)
            {
                FirstSeen = Utc(r.GetDateTime(4)),
                LastSeen = Utc(r.GetDateTime(5)),
            },
            cancellationToken);
        await ReadAsync(
            "SELECT source_ref, id, content_hash FROM touches WHERE source_ref LIKE @prefix",
            r => _touches[r.GetString(0)] = new RowState(r.GetInt64(1), r.GetInt64(2)),
            cancellationToken,
            ("prefix", _sourcePrefix + "%"));
        await ReadAsync(
            "SELECT external_url, id FROM contact_lists WHERE external_url IS NOT NULL",
            r => _lists[r.GetString(0)] = new RowState(r.GetInt64(1), 0),
            cancellationToken);
        await ReadAsync(
            """
            SELECT h.identity_id, h.changed_at, h.changed_to
            FROM handle_changes h JOIN identities i ON i.id = h.identity_id
            WHERE i.network = @network
            """,
            r => _handleChanges.Add(HandleChangeKey(r.GetInt64(0), Utc(r.GetDateTime(1)), r.GetString(2))),
            cancellationToken);
    }

    private async Task ReadAsync(
        string sql,
        Action<DbDataReader> read,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        (string, object?)[] all = sql.Contains("@network", StringComparison.Ordinal) ? [("network", _network), .. parameters] : parameters;
        await using var command = _writer.CreateCommand(sql, all);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
