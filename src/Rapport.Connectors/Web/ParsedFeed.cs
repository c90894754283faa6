namespace Rapport.Connectors.Web;

internal sealed record ParsedFeed(string? Title, IReadOnlyList<string> EntryTitles);
