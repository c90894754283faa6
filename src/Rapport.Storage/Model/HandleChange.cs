namespace Rapport.Storage.Model;

public sealed class HandleChange
{
    public long Id { get; set; }
    public long IdentityId { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedFrom { get; set; }
    public required string ChangedTo { get; set; }
}
