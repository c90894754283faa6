using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Curation;
using Rapport.Storage.Import;
using Rapport.Storage.Model;

namespace Rapport.Storage.Curation;

internal sealed class DraftStore(IEngine engine) : IDraftStore
{
    public async Task<CuratedDraft> AddAsync(CuratedDraft draft, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = new CurationDraft { Comment = draft.Comment, Credits = "[]", Hashtags = "[]", Networks = "[]" };
        Copy(draft, row);
        row.CreatedAt = draft.CreatedAt.UtcDateTime;
        context.CurationDrafts.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return ToDraft(row);
    }

    public async Task<bool> UpdateAsync(CuratedDraft draft, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = await context.CurationDrafts.FindAsync([draft.Id], cancellationToken);
        if (row is null)
        {
            return false;
        }

        Copy(draft, row);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<CuratedDraft?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = await context.CurationDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return row is null ? null : ToDraft(row);
    }

    public async Task<IReadOnlyList<CuratedDraft>> ListAsync(int take, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.CurationDrafts.AsNoTracking()
            .OrderByDescending(d => d.UpdatedAt)
            .ThenByDescending(d => d.Id)
            .Take(Math.Clamp(take, 1, 1000))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToDraft)];
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await context.CurationDrafts.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static void Copy(CuratedDraft draft, CurationDraft row)
    {
        row.Comment = draft.Comment;
        row.Quote = draft.Quote;
        row.Url = draft.Url;
        row.ArticleTitle = draft.ArticleTitle;
        row.SelectorExact = draft.Selector?.Exact;
        row.SelectorPrefix = draft.Selector?.Prefix;
        row.SelectorSuffix = draft.Selector?.Suffix;
        row.TextFragmentLink = draft.TextFragmentLink;
        row.Credits = JsonSerializer.Serialize(draft.Credits, LedgerJson.Default.IReadOnlyListString);
        row.Hashtags = JsonSerializer.Serialize(draft.Hashtags, LedgerJson.Default.IReadOnlyListString);
        row.Networks = JsonSerializer.Serialize(draft.Networks, LedgerJson.Default.IReadOnlyListString);
        row.QuotedNetwork = draft.QuotedPost?.Network;
        row.QuotedPostId = draft.QuotedPost?.PostId;
        row.QuotedAuthor = draft.QuotedPost?.Author;
        row.QuotedServer = draft.QuotedPost?.Server;
        row.UtmEnabled = draft.Utm is not null;
        row.UtmSource = draft.Utm?.Source;
        row.UtmMedium = draft.Utm?.Medium;
        row.UtmCampaign = draft.Utm?.Campaign;
        row.SharedAt = draft.SharedAt?.UtcDateTime;
        row.UpdatedAt = draft.UpdatedAt.UtcDateTime;
    }

    private static CuratedDraft ToDraft(CurationDraft row) => new()
    {
        Id = row.Id,
        Comment = row.Comment,
        Quote = row.Quote,
        Url = row.Url,
        ArticleTitle = row.ArticleTitle,
        Selector = row.SelectorExact is null ? null : new TextQuoteSelector(row.SelectorExact, row.SelectorPrefix ?? "", row.SelectorSuffix ?? ""),
        TextFragmentLink = row.TextFragmentLink,
        Credits = List(row.Credits),
        Hashtags = List(row.Hashtags),
        Networks = List(row.Networks),
        QuotedPost = row.QuotedNetwork is { } network && row.QuotedPostId is { } postId && row.Url is { } url
            ? new PostReference(network, url, postId, row.QuotedAuthor) { Server = row.QuotedServer }
            : null,
        Utm = row.UtmEnabled ? new UtmTags(row.UtmSource, row.UtmMedium, row.UtmCampaign) : null,
        SharedAt = row.SharedAt is { } shared ? new DateTimeOffset(shared) : null,
        CreatedAt = new DateTimeOffset(row.CreatedAt),
        UpdatedAt = new DateTimeOffset(row.UpdatedAt),
    };

    private static IReadOnlyList<string> List(string json) =>
        JsonSerializer.Deserialize(json, LedgerJson.Default.IReadOnlyListString) ?? [];
}
