namespace Rapport.Storage.Model;

/// <summary>A dated note on a person, in Markdown.</summary>
public sealed class Note
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
