using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Connections;
using Rapport.Storage.Import;
using Rapport.Storage.Model;

namespace Rapport.Storage.Connections;

internal sealed class SiteSnapshotStore(IEngine engine) : ISiteSnapshotStore
{
    public async Task SaveAsync(long personId, SiteSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = await context.SiteSnapshots.FirstOrDefaultAsync(s => s.PersonId == personId, cancellationToken);
        if (row is null)
        {
            row = new SiteSnapshotRow { PersonId = personId, Url = snapshot.Url, Keywords = "[]", FeedTitles = "[]" };
            context.SiteSnapshots.Add(row);
        }

        row.Url = Bounded(snapshot.Url, 2000)!;
        row.Title = Bounded(snapshot.Title, 300);
        row.Description = Bounded(snapshot.Description, 1000);
        row.Keywords = JsonSerializer.Serialize(snapshot.Keywords, LedgerJson.Default.IReadOnlyListString);
        row.FeedTitles = JsonSerializer.Serialize(snapshot.FeedTitles, LedgerJson.Default.IReadOnlyListString);
        row.FetchedAt = snapshot.FetchedAt.UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
    }

    internal static SiteSnapshot ToSnapshot(SiteSnapshotRow row) =>
        new(row.Url, new DateTimeOffset(row.FetchedAt))
        {
            Title = row.Title,
            Description = row.Description,
            Keywords = JsonSerializer.Deserialize(row.Keywords, LedgerJson.Default.IReadOnlyListString) ?? [],
            FeedTitles = JsonSerializer.Deserialize(row.FeedTitles, LedgerJson.Default.IReadOnlyListString) ?? [],
        };

    private static string? Bounded(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
