namespace Rapport.Storage.Model;

public sealed class ContactListMember
{
    public long ListId { get; set; }
    public long PersonId { get; set; }
    public DateTime AddedAt { get; set; }
}
