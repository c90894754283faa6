namespace Rapport.Storage.Model;

/// <summary>A list of people: the user's own, or (read-only) an X list the ego was put on.</summary>
public sealed class ContactList
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>For lists from a network, the list's URL; unique, so re-imports find it again.</summary>
    public string? ExternalUrl { get; set; }
    public bool IsReadOnly { get; set; }
    public DateTime CreatedAt { get; set; }
}
