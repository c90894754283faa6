namespace Rapport.Connectors.Curation;

/// <summary>An author as JSON-LD names them: a name and the profile URLs (<c>url</c>, <c>sameAs</c>).</summary>
internal sealed record JsonLdPerson(string? Name, IReadOnlyList<string> ProfileUrls);
