namespace Rapport.Web.Features.Compose;

/// <summary>The composer's HTML form as posted without script; the same fields as <see cref="ComposeInput"/>.</summary>
public sealed class ComposeForm
{
    public string? Comment { get; set; }

    public string? Quote { get; set; }

    public string? Url { get; set; }

    public string? Credits { get; set; }

    public string? Hashtags { get; set; }

    public List<string> Networks { get; set; } = [];

    public bool FromArticle { get; set; }

    public long? DraftId { get; set; }

    public ComposeInput ToInput() => new()
    {
        Comment = Comment,
        Quote = Quote,
        Url = Url,
        Credits = Credits,
        Hashtags = Hashtags,
        Networks = Networks,
        FromArticle = FromArticle,
    };
}
