namespace Rapport.Connectors.Curation;

/// <summary>The parts of a schema.org Article (or NewsArticle, BlogPosting...) that extraction uses.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Description { get; init; }
    public string? DatePublished { get; init; }
    public string? PublisherName { get; init; }
    public string? Image { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<JsonLdPerson> Authors { get; init; } = [];
}
