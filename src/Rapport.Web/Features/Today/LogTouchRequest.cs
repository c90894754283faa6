namespace Rapport.Web.Features.Today;

/// <summary>A touch logged by hand: <see cref="Kind"/> as in <see cref="TouchKinds"/>, <see cref="At"/> a date or an ISO 8601 time (now when empty).</summary>
public sealed record LogTouchRequest(string? Kind, string? Note, string? At)
{
    public const int MaxNoteLength = 2000;
}
