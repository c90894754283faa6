namespace Rapport.Core.Curation;

/// <summary>Where in the page an author's handle was found.</summary>
public enum AuthorHandleSource
{
    TwitterCreator,
    FediverseCreator,
    RelAuthor,
    JsonLd,
}
