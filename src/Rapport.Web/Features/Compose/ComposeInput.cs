namespace Rapport.Web.Features.Compose;

/// <summary>
/// What the composer's form (and <c>/api/compose</c>) sends: the user's comment, a quote, the link, credits and
/// hashtags as typed (separated by spaces or commas), and the networks to draft for. <see cref="FromArticle"/>
/// says the quote was picked from the fetched article, so saving checks it against the page.
/// </summary>
public sealed record ComposeInput
{
    public const int MaxCommentLength = 10_000;
    public const int MaxQuoteLength = 5_000;
    public const int MaxUrlLength = 2_048;
    public const int MaxListLength = 500;

    public string? Comment { get; init; }

    public string? Quote { get; init; }

    public string? Url { get; init; }

    public string? Credits { get; init; }

    public string? Hashtags { get; init; }

    public IReadOnlyList<string>? Networks { get; init; }

    public bool FromArticle { get; init; }
}
