namespace Rapport.Web.Features.Compose;

/// <summary>A saved draft and each network's version of it, composed when it is read (never stored).</summary>
public sealed record DraftView(
    long Id,
    string Comment,
    string? Quote,
    string? Url,
    string? ArticleTitle,
    string? TextFragmentLink,
    IReadOnlyList<string> Credits,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Networks,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ComposedVersionView> Versions)
{
    public bool AllFit => Versions.All(v => v.Fits);
}
