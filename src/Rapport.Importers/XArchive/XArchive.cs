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

    public async IAsyncEnumerable<PostRecord> ReadPostsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var notes = new NoteTweetIndex();
        await foreach (var note in ReadAsync<NoteTweet>(_layout.NoteTweets, (element, into) => into.Add(NoteTweetIndex.Parse(element)), cancellationToken))
        {
            notes.Add(note);
        }

        var seen = new SeenIds();
        var egoId = Ego.ExternalId;
        await foreach (var post in ReadAsync<PostRecord>(_layout.Posts.Concat(_layout.GrailbirdPosts), (element, into) => into.Add(XPostParser.Parse(element, egoId)), cancellationToken))
        {
            if (seen.Add(post.ExternalId))
            {
                yield return notes.Merge(post);
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
            await foreach (var follow in ReadAsync<FollowRecord>(files, (element, into) =>
                               into.Add(new FollowRecord(JsonFields.RequiredText(JsonFields.RequiredObject(element, wrapper), "accountId"), direction)), cancellationToken))
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
        await foreach (var like in ReadAsync<LikeRecord>(_layout.Likes, (element, into) => into.Add(ParseLike(element)), cancellationToken))
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
            await foreach (var message in ReadAsync<DirectMessageRecord>(files, (element, into) => XDirectMessageParser.ParseConversation(element, isGroup, includeText, into), cancellationToken))
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
        await foreach (var membership in ReadAsync<ListMembershipRecord>(_layout.ListsMember, (element, into) =>
                           into.Add(new ListMembershipRecord(JsonFields.RequiredText(JsonFields.RequiredObject(element, "userListInfo"), "url"))), cancellationToken))
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
    private async IAsyncEnumerable<T> ReadAsync<T>(IEnumerable<string> files, Action<JsonElement, List<T>> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new List<T>();
        foreach (var file in files)
        {
            await using var reader = new YtdArrayReader(_container.Open(file, _progress), file);
            while (await reader.ReadNextAsync(cancellationToken))
            {
                records.Clear();
                try
                {
                    parse(reader.Current, records);
                }
                catch (InvalidRecordException ex)
                {
                    throw reader.WrongShape(ex.Message);
                }

                foreach (var record in records)
                {
                    yield return record;
                }
            }
        }
    }
}
