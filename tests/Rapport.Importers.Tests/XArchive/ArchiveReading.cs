using Rapport.Core.Import;
using Rapport.Importers.XArchive;

namespace Rapport.Importers.Tests.XArchive;

/// <summary>Reads a whole archive into lists, for assertions.</summary>
internal sealed record ArchiveReading(
    EgoProfile Ego,
    List<PostRecord> Posts,
    List<FollowRecord> Follows,
    List<LikeRecord> Likes,
    List<DirectMessageRecord> DirectMessages,
    List<ListMembershipRecord> ListMemberships,
    long TotalBytes)
{
    public static async Task<ArchiveReading> ReadAsync(string path, ArchiveReadOptions? options = null)
    {
        await using var archive = await new XArchiveReader().OpenAsync(path, options ?? new ArchiveReadOptions(), CancellationToken.None);
        return new ArchiveReading(
            archive.Ego,
            await ToListAsync(archive.ReadPostsAsync(CancellationToken.None)),
            await ToListAsync(archive.ReadFollowsAsync(CancellationToken.None)),
            await ToListAsync(archive.ReadLikesAsync(CancellationToken.None)),
            await ToListAsync(archive.ReadDirectMessagesAsync(CancellationToken.None)),
            await ToListAsync(archive.ReadListMembershipsAsync(CancellationToken.None)),
            archive.TotalBytes);
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
