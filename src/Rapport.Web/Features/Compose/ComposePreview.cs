namespace Rapport.Web.Features.Compose;

/// <summary>Every chosen network's version of the text being composed.</summary>
public sealed record ComposePreview(IReadOnlyList<ComposedVersionView> Versions)
{
    public bool AllFit => Versions.All(v => v.Fits);
}
