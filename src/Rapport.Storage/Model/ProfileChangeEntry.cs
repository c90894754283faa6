namespace Rapport.Storage.Model;

/// <summary>One field of an identity's profile that an import found changed, with what it held before.</summary>
public sealed class ProfileChangeEntry
{
    public long Id { get; set; }
    public long IdentityId { get; set; }
    public required string Field { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public DateTime SeenAt { get; set; }
}
