namespace Rapport.Web.Features.People;

/// <summary>A note in Markdown; it is shown as text, never rendered as markup.</summary>
public sealed record AddNoteRequest(string? Markdown);
