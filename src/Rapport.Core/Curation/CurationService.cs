namespace Rapport.Core.Curation;

/// <summary>
/// Turns a link into a draft that adds value: reads the article through the safe fetcher, finds the
/// highlighted passage, credits the author where the page names them, and saves the draft.
/// </summary>
public sealed class CurationService(IArticleReader articles, IHighlightLocator highlights, IDraftStore drafts, TimeProvider clock)
{
    public const int MaxCommentLength = 10_000;

    public async Task<CurationResult> CurateAsync(CurateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckComment(request.Comment);

        ExtractedArticle? article = null;
        Highlight? highlight = null;
        if (request.ManualQuote is null)
        {
            article = await articles.ReadAsync(request.Url, cancellationToken);
            if (!string.IsNullOrWhiteSpace(request.Highlight))
            {
                highlight = highlights.Locate(article.ShareUrl, article.Text, request.Highlight);
            }
        }

        var credits = request.Credits.ToList();
        if (request.CreditAuthor && article is not null)
        {
            // One handle per network is enough: the X one on X, the fediverse one on Mastodon.
            credits.AddRange(article.AuthorHandles
                .Where(handle => handle.Network is not null && handle.Value.StartsWith('@'))
                .GroupBy(handle => handle.Network)
                .Select(group => group.First().Value)
                .Where(handle => !credits.Contains(handle, StringComparer.OrdinalIgnoreCase)));
        }

        var now = clock.GetUtcNow();
        var draft = await drafts.AddAsync(
            new CuratedDraft
            {
                Comment = request.Comment.Trim(),
                Quote = highlight?.Selector.Exact ?? request.ManualQuote,
                // Uri.ToString() unescapes (%20 becomes a space, %2C a comma): keep the link as typed or as served.
                Url = article?.ShareUrl.AbsoluteUri ?? request.Url.OriginalString,
                ArticleTitle = article?.Title,
                Selector = highlight?.Selector,
                TextFragmentLink = highlight?.TextFragmentLink,
                Credits = credits,
                Hashtags = request.Hashtags,
                Networks = request.Networks,
                Utm = request.Utm?.Validated(),
                CreatedAt = now,
                UpdatedAt = now,
            },
            cancellationToken);
        return new CurationResult(draft, article, highlight);
    }

    /// <summary>
    /// A quote-post draft: the user's comment on someone's post. Nothing is fetched: the link names the post and
    /// its author, who is credited (the ledger supplies their handles elsewhere when they are a contact).
    /// </summary>
    public async Task<CuratedDraft> QuoteAsync(QuoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckComment(request.Comment);
        var credits = new List<string>();
        if (request.Post.Author is { } author)
        {
            credits.Add(author);
        }

        credits.AddRange(request.Credits.Where(credit => !credits.Contains(credit, StringComparer.OrdinalIgnoreCase)));
        var now = clock.GetUtcNow();
        return await drafts.AddAsync(
            new CuratedDraft
            {
                Comment = request.Comment.Trim(),
                Url = request.Post.Url,
                QuotedPost = request.Post,
                Credits = credits,
                Hashtags = request.Hashtags,
                Networks = request.Networks.Count > 0 ? request.Networks : [request.Post.NetworkName],
                CreatedAt = now,
                UpdatedAt = now,
            },
            cancellationToken);
    }

    private static void CheckComment(string comment)
    {
        if (string.IsNullOrWhiteSpace(comment) || comment.Length > MaxCommentLength)
        {
            throw new ArgumentException($"A comment of 1 to {MaxCommentLength:N0} characters is needed: it is what adds the value.", nameof(comment));
        }
    }
}
