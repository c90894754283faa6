namespace Rapport.Core.Notes;

/// <summary>A note on a person; <see cref="Markdown"/> is the user's text, rendered as text, never as markup.</summary>
public sealed record PersonNote(long Id, long PersonId, string Markdown, DateTimeOffset CreatedAt)
{
    public const int MaxLength = 20_000;
}
