namespace Rapport.Storage.Model;

/// <summary>A free-form label on a person; <see cref="NameKey"/> is the lower-cased name, so tags match case-insensitively.</summary>
public sealed class PersonTag
{
    public long PersonId { get; set; }
    public required string Name { get; set; }
    public required string NameKey { get; set; }
    public DateTime AddedAt { get; set; }
}
