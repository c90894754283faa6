using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>Feeds records through a real import session the way the archive import service does.</summary>
internal static class ImportScenario
{
    public static async Task<ImportSummary> RunAsync(
        TestDatabase database,
        EgoProfile ego,
        IEnumerable<PostRecord>? posts = null,
        IEnumerable<FollowRecord>? follows = null,
        IEnumerable<LikeRecord>? likes = null,
        IEnumerable<DirectMessageRecord>? messages = null,
        IEnumerable<ListMembershipRecord>? lists = null,
        DateTimeOffset? observedAt = null)
    {
        var importer = database.Get<ILedgerImporter>();
        var deriver = new TouchDeriver(ego.ExternalId, SocialNetwork.X);
        await using var session = await importer.BeginAsync(
            new ImportSessionOptions(SocialNetwork.X, "test", observedAt ?? Records.Epoch), CancellationToken.None);
        await session.SetEgoAsync(ego, CancellationToken.None);
        foreach (var post in posts ?? [])
        {
            await session.AddPostAsync(post, CancellationToken.None);
            foreach (var touch in deriver.FromPost(post))
            {
                await session.AddTouchAsync(touch, CancellationToken.None);
            }
        }

        foreach (var follow in follows ?? [])
        {
            await session.AddFollowAsync(follow, CancellationToken.None);
        }

        foreach (var like in likes ?? [])
        {
            await session.AddLikeAsync(like, CancellationToken.None);
        }

        foreach (var message in messages ?? [])
        {
            await session.AddDirectMessageAsync(message, CancellationToken.None);
            foreach (var touch in deriver.FromDirectMessage(message))
            {
                await session.AddTouchAsync(touch, CancellationToken.None);
            }
        }

        foreach (var list in lists ?? [])
        {
            await session.AddListMembershipAsync(list, CancellationToken.None);
        }

        return await session.CommitAsync(CancellationToken.None);
    }
}
