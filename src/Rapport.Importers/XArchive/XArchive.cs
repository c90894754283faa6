using System.Runtime.CompilerServices;
using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Importers.XArchive;

internal sealed class XArchive : ISocialArchive
{
    private readonly IArchiveContainer _container;
    private readonly XArchiveLayout _layout;
    private readonly ArchiveReadOptions _options;
    private readonly ArchiveDataReadProgress _progress;

    public XArchive(IArchiveContainer container, XArchiveLayout layout, EgoProfile ego, ArchiveReadOptions options, ArchiveDataReadProgress progress)
    {
        _container = container;
        _layout = layout;
        _options = options;
        _progress = progress;
        Ego = ego;
        TotalBytes = layout.AllFiles.Sum(container.GetLength);
    }

    public string Source => _container.Source;

    public EgoProfile Ego { get; }

    public long TotalBytes { get; }

    public DateTimeOffset? GeneratedAt => _layout.GeneratedAt;

    public string ContentFingerprint
    {
        get
        {
            // The reader's own version is part of it: a reader that reads more must not skip what it has not seen.
            var hash = new System.IO.Hashing.XxHash128();
            hash.Append(System.Text.Encoding.UTF8.GetBytes(XArchiveReader.ReaderVersion));
            foreach (var name in _layout.AllFiles.Order(StringComparer.Ordinal))
            {
                hash.Append(System.Text.Encoding.UTF8.GetBytes(name + "=" + _container.Fingerprint(name) + "\n"));
            }

            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
    }

    public async IAsyncEnumerable<PostRecord> ReadPostsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var notes = new NoteTweetIndex();
        await foreach (var note in ReadAsync<NoteTweet>(_layout.NoteTweets, (reader, into) => into.Add(NoteTweetIndex.Parse(reader.Current)), cancellationToken))
        {
            notes.Add(note);
        }

        var seen = new SeenIds();
        var egoId = Ego.ExternalId;
        foreach (var file in _layout.Posts.Concat(_layout.GrailbirdPosts))
        {
            await using var reader = new YtdArrayReader(_container.Open(file, _progress), file);
            while (await reader.ReadNextAsync(XPostParser.ReadFields, cancellationToken) is (true, { } fields))
            {
                cancellationToken.ThrowIfCancellationRequested();
                PostRecord post;
                try
                {
                    post = XPostParser.Build(fields, egoId);
                }
                catch (InvalidRecordException ex)
                {
                    throw reader.WrongShape(ex.Message);
                }

                if (seen.Add(post.ExternalId))
                {
                    yield return notes.Merge(post);
                }
            }
        }
    }

    public async IAsyncEnumerable<FollowRecord> ReadFollowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (files, wrapper, direction) in new[]
                 {
                     (_layout.Followers, "follower", FollowDirection.FollowsEgo),
                     (_layout.Following, "following", FollowDirection.EgoFollows),
                 })
        {
            var seen = new SeenIds();
            await foreach (var follow in ReadAsync<FollowRecord>(files, (reader, into) =>
                               into.Add(new FollowRecord(JsonFields.RequiredText(JsonFields.RequiredObject(reader.Current, wrapper), "accountId"), direction)), cancellationToken))
            {
                if (seen.Add(follow.ExternalId))
                {
                    yield return follow;
                }
            }
        }
    }

    public async IAsyncEnumerable<LikeRecord> ReadLikesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new SeenIds();
        await foreach (var like in ReadAsync<LikeRecord>(_layout.Likes, (reader, into) => into.Add(ParseLike(reader.Current)), cancellationToken))
        {
            if (seen.Add(like.PostExternalId))
            {
                yield return like;
            }
        }
    }

    public async IAsyncEnumerable<DirectMessageRecord> ReadDirectMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new SeenIds();
        var includeText = _options.IncludeDirectMessageText;
        foreach (var (files, isGroup) in new[] { (_layout.DirectMessages, false), (_layout.GroupDirectMessages, true) })
        {
            await foreach (var message in ReadAsync<DirectMessageRecord>(files, (reader, into) => XDirectMessageParser.ParseConversation(reader.Current, isGroup, includeText, into), cancellationToken))
            {
                if (seen.Add(message.ExternalId))
                {
                    yield return message;
                }
            }
        }
    }

    public async IAsyncEnumerable<ListMembershipRecord> ReadListMembershipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var membership in ReadAsync<ListMembershipRecord>(_layout.ListsMember, (reader, into) =>
                           into.Add(new ListMembershipRecord(JsonFields.RequiredText(JsonFields.RequiredObject(reader.Current, "userListInfo"), "url"))), cancellationToken))
        {
            if (seen.Add(membership.ListUrl))
            {
                yield return membership;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _container.Dispose();
        return ValueTask.CompletedTask;
    }

    private static LikeRecord ParseLike(JsonElement element)
    {
        var like = JsonFields.RequiredObject(element, "like");
        var postId = JsonFields.RequiredText(like, "tweetId");
        var text = JsonFields.Text(like, "fullText");
        return new LikeRecord(postId, XSnowflake.TryGetTime(postId), text is null ? null : PostText.Decode(text), JsonFields.Text(like, "expandedUrl"));
    }

    /// <summary>Streams the records of <paramref name="files"/>, one array element in memory at a time.</summary>
    private async IAsyncEnumerable<T> ReadAsync<T>(IEnumerable<string> files, Action<YtdArrayReader, List<T>> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new List<T>();
        foreach (var file in files)
        {
            await using var reader = new YtdArrayReader(_container.Open(file, _progress), file);
            while (await reader.ReadNextAsync(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                records.Clear();
                try
                {
                    parse(reader, records);
                }
                catch (InvalidRecordException ex)
                {
                    throw reader.WrongShape(ex.Message);
                }
                catch (InvalidOperationException ex)
                {
                    // What the JSON reader throws for text that is not valid UTF-8.
                    throw reader.WrongShape($"holds unreadable text ({ex.Message})");
                }

                foreach (var record in records)
                {
                    yield return record;
                }
            }
        }
    }
}
