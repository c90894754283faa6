using System.Globalization;
using Rapport.Core.Curation;
using Rapport.Text.Composer;
using Rapport.Text.Networks;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Compose;

/// <summary>
/// The composer for both faces: live previews counted by Rapport.Text, articles read through the safe
/// fetcher, and curated drafts kept in the drafts store. Each network's version is composed whenever it is
/// shown, so a draft never goes stale when a network's rules change.
/// </summary>
public sealed class ComposeActions(
    IArticleReader articles,
    IHighlightLocator highlights,
    IDraftStore drafts,
    CurationService curation,
    TimeProvider time)
{
    public const int MaxDrafts = 200;
    private const int MaxCredits = 20;
    private const int MaxHashtags = 30;
    private static readonly char[] Separators = [' ', ',', '\t', '\r', '\n'];

    public Outcome<ComposePreview> Preview(ComposeInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = Parse(input, errors, commentRequired: false);
        return errors.Count > 0 ? Outcome.Invalid<ComposePreview>(errors) : Outcome.Ok(new ComposePreview(Compose(parsed!)));
    }

    public async Task<Outcome<ArticleView>> FetchAsync(FetchArticleRequest request, CancellationToken cancellationToken)
    {
        if (ParseUrl(request.Url) is not { } url)
        {
            return Outcome.Invalid<ArticleView>("url", "Give the article's address: an absolute http or https URL.");
        }

        try
        {
            var article = await articles.ReadAsync(url, cancellationToken);
            return Outcome.Ok(new ArticleView(
                article.ShareUrl.ToString(),
                article.Title,
                article.Author,
                article.SiteName,
                Paragraphs(article.Text),
                [.. article.AuthorHandles.Where(h => h.Network is not null).Select(h => h.Value).Distinct(StringComparer.OrdinalIgnoreCase)]));
        }
        catch (Exception error) when (error is WebFetchException or ArticleExtractionException)
        {
            return Outcome.Invalid<ArticleView>("url", error.Message + " You can still type a quote yourself.");
        }
    }

    public async Task<Outcome<DraftView>> SaveAsync(ComposeInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = Parse(input, errors, commentRequired: true);
        if (parsed is null)
        {
            return Outcome.Invalid<DraftView>(errors);
        }

        if (input.FromArticle && parsed.Url is { } link && parsed.Quote is { } passage)
        {
            // The curation service reads the page again and pins the passage there, as the CLI's curate does.
            try
            {
                var result = await curation.CurateAsync(
                    new CurateRequest
                    {
                        Url = new Uri(link),
                        Comment = parsed.Comment,
                        Highlight = passage,
                        Credits = parsed.CreditHandles,
                        Hashtags = parsed.Hashtags,
                        Networks = parsed.NetworkNames,
                    },
                    cancellationToken);
                return Outcome.Ok(ToView(result.Draft));
            }
            catch (Exception error) when (error is WebFetchException or ArticleExtractionException or HighlightException)
            {
                return Outcome.Invalid<DraftView>(ArticleErrors(error));
            }
        }

        var now = time.GetUtcNow();
        var saved = await drafts.AddAsync(
            new CuratedDraft
            {
                Comment = parsed.Comment,
                Quote = parsed.Quote,
                Url = parsed.Url,
                Credits = parsed.CreditHandles,
                Hashtags = parsed.Hashtags,
                Networks = parsed.NetworkNames,
                CreatedAt = now,
                UpdatedAt = now,
            },
            cancellationToken);
        return Outcome.Ok(ToView(saved));
    }

    public async Task<Outcome<DraftView>> UpdateAsync(long id, ComposeInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = Parse(input, errors, commentRequired: true);
        if (parsed is null)
        {
            return Outcome.Invalid<DraftView>(errors);
        }

        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return Outcome.Missing<DraftView>(NoDraft(id));
        }

        var edited = draft with
        {
            Comment = parsed.Comment,
            Url = parsed.Url,
            Credits = parsed.CreditHandles,
            Hashtags = parsed.Hashtags,
            Networks = parsed.NetworkNames,
            UpdatedAt = time.GetUtcNow(),
        };
        var samePassage = string.Equals(parsed.Quote, draft.Quote, StringComparison.Ordinal) && string.Equals(parsed.Url, draft.Url, StringComparison.Ordinal);
        if (!samePassage)
        {
            // A new quote or link no longer sits where the old selector pointed: pin it again, or forget the position.
            edited = edited with { Quote = parsed.Quote, Selector = null, TextFragmentLink = null };
            if (input.FromArticle && parsed.Url is { } link && parsed.Quote is { } passage)
            {
                try
                {
                    var article = await articles.ReadAsync(new Uri(link), cancellationToken);
                    var highlight = highlights.Locate(article.ShareUrl, article.Text, passage);
                    edited = edited with
                    {
                        Quote = highlight.Selector.Exact,
                        Url = article.ShareUrl.ToString(),
                        ArticleTitle = article.Title,
                        Selector = highlight.Selector,
                        TextFragmentLink = highlight.TextFragmentLink,
                    };
                }
                catch (Exception error) when (error is WebFetchException or ArticleExtractionException or HighlightException)
                {
                    return Outcome.Invalid<DraftView>(ArticleErrors(error));
                }
            }
        }

        return await drafts.UpdateAsync(edited, cancellationToken)
            ? Outcome.Ok(ToView(edited))
            : Outcome.Missing<DraftView>(NoDraft(id));
    }

    public async Task<Outcome<long>> DeleteAsync(long id, CancellationToken cancellationToken) =>
        await drafts.DeleteAsync(id, cancellationToken) ? Outcome.Ok(id) : Outcome.Missing<long>(NoDraft(id));

    public async Task<Outcome<DraftView>> FindAsync(long id, CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft ? Outcome.Ok(ToView(draft)) : Outcome.Missing<DraftView>(NoDraft(id));

    public async Task<IReadOnlyList<DraftView>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await drafts.ListAsync(MaxDrafts, cancellationToken)).Select(ToView)];

    /// <summary>A saved draft as the form shows it for editing.</summary>
    public static ComposeInput ToInput(DraftView draft) => new()
    {
        Comment = draft.Comment,
        Quote = draft.Quote,
        Url = draft.Url,
        Credits = string.Join(' ', draft.Credits),
        Hashtags = string.Join(' ', draft.Hashtags.Select(t => "#" + t.TrimStart('#'))),
        Networks = draft.Networks,
        FromArticle = draft.TextFragmentLink is not null,
    };

    public static DraftView ToView(CuratedDraft draft)
    {
        var networks = draft.Networks.Select(n => NetworkRules.TryParse(n, out var rules) ? rules : null).OfType<NetworkRules>().ToList();
        var versions = Compose(new ParsedInput(
            draft.Comment,
            draft.Quote,
            draft.Url,
            draft.Credits,
            [.. draft.Credits.Select(TryCredit).OfType<Credit>()],
            draft.Hashtags,
            draft.Networks,
            networks));
        return new DraftView(
            draft.Id, draft.Comment, draft.Quote, draft.Url, draft.ArticleTitle, draft.TextFragmentLink,
            draft.Credits, draft.Hashtags, draft.Networks, draft.UpdatedAt, versions);
    }

    private static List<ComposedVersionView> Compose(ParsedInput input)
    {
        var request = new ComposeRequest
        {
            Comment = input.Comment,
            Quote = input.Quote,
            Url = input.Url,
            Credits = input.Credits,
            Hashtags = input.Hashtags,
            Networks = input.Rules,
        };
        return [.. PostComposer.Compose(request).Select(draft => new ComposedVersionView(
            ComposeNetworks.NameOf(draft.Network),
            ComposeNetworks.LabelOf(draft.Network),
            draft.Fits,
            draft.QuoteTrimmed,
            draft.QuoteDropped,
            draft.CommentTrimmed,
            draft.ShareIntentUrl,
            [.. draft.Posts.Select(post => new ComposedPostView(
                post.Text,
                post.Count.Length,
                post.Count.Limit,
                post.Count.Remaining,
                post.Count.IsValid,
                post.Count.ValidRangeEnd,
                post.Count.Utf8Bytes,
                post.Count.ByteLimit,
                [.. post.Count.Problems.Select(p => p.ToString())]))]))];
    }

    private static ParsedInput? Parse(ComposeInput input, Dictionary<string, string[]> errors, bool commentRequired)
    {
        var comment = (input.Comment ?? string.Empty).Trim();
        if (commentRequired && comment.Length == 0)
        {
            errors["comment"] = ["Write a comment: it is what adds the value."];
        }
        else if (comment.Length > ComposeInput.MaxCommentLength)
        {
            errors["comment"] = [string.Create(CultureInfo.InvariantCulture, $"A comment is at most {ComposeInput.MaxCommentLength:N0} characters.")];
        }

        var quote = string.IsNullOrWhiteSpace(input.Quote) ? null : input.Quote.Trim();
        if (quote is { Length: > ComposeInput.MaxQuoteLength })
        {
            errors["quote"] = [string.Create(CultureInfo.InvariantCulture, $"A quote is at most {ComposeInput.MaxQuoteLength:N0} characters.")];
        }

        string? url = null;
        if (!string.IsNullOrWhiteSpace(input.Url))
        {
            url = ParseUrl(input.Url)?.ToString();
            if (url is null)
            {
                errors["url"] = ["The link must be an absolute http or https URL."];
            }
        }

        if (input.FromArticle && quote is not null && url is null && !errors.ContainsKey("url"))
        {
            errors["url"] = ["A passage picked from an article needs the article's link."];
        }

        var creditHandles = Split(input.Credits);
        var credits = new List<Credit>();
        foreach (var handle in creditHandles)
        {
            if (TryCredit(handle) is { } credit)
            {
                credits.Add(credit);
            }
            else
            {
                errors["credits"] = [$"'{handle}' is not a handle: use @name, user@host or name.bsky.social."];
            }
        }

        if (creditHandles.Count > MaxCredits || (input.Credits?.Length ?? 0) > ComposeInput.MaxListLength)
        {
            errors["credits"] = [string.Create(CultureInfo.InvariantCulture, $"Credit at most {MaxCredits} people.")];
        }

        var hashtags = Split(input.Hashtags).Select(t => t.TrimStart('#', '＃')).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (hashtags.Count > MaxHashtags || (input.Hashtags?.Length ?? 0) > ComposeInput.MaxListLength)
        {
            errors["hashtags"] = [string.Create(CultureInfo.InvariantCulture, $"Use at most {MaxHashtags} hashtags.")];
        }

        var names = (input.Networks is { Count: > 0 } chosen ? chosen : ComposeNetworks.Default)
            .Select(n => (n ?? string.Empty).Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var rules = new List<NetworkRules>();
        foreach (var name in names)
        {
            if (ComposeNetworks.Choices.Any(c => c.Name == name) && NetworkRules.TryParse(name, out var found))
            {
                rules.Add(found);
            }
            else
            {
                errors["networks"] = [$"'{name}' is not a network: choose from {string.Join(", ", ComposeNetworks.Choices.Select(c => c.Name))}."];
            }
        }

        return errors.Count > 0 ? null : new ParsedInput(comment, quote, url, creditHandles, credits, hashtags, names, rules);
    }

    private static Credit? TryCredit(string handle)
    {
        try
        {
            return Credit.Parse(handle);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static List<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static Uri? ParseUrl(string? text) =>
        text is { Length: > 0 and <= ComposeInput.MaxUrlLength }
        && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;

    private static List<string> Paragraphs(string text) =>
        [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 0)];

    private static Dictionary<string, string[]> ArticleErrors(Exception error)
    {
        var message = error is HighlightException { NearestMatch: { } nearest }
            ? error.Message + " The nearest passage reads: “" + nearest + "”."
            : error.Message;
        return new Dictionary<string, string[]>(StringComparer.Ordinal) { [error is HighlightException ? "quote" : "url"] = [message] };
    }

    private static string NoDraft(long id) => string.Create(CultureInfo.InvariantCulture, $"There is no draft {id}.");

    private sealed record ParsedInput(
        string Comment,
        string? Quote,
        string? Url,
        IReadOnlyList<string> CreditHandles,
        IReadOnlyList<Credit> Credits,
        IReadOnlyList<string> Hashtags,
        IReadOnlyList<string> NetworkNames,
        IReadOnlyList<NetworkRules> Rules);
}
