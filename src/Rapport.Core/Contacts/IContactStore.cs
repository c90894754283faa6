namespace Rapport.Core.Contacts;

public interface IContactStore
{
    Task<IReadOnlyList<ContactSummary>> ListAsync(ContactQuery query, CancellationToken cancellationToken);

    /// <summary>Finds a person by one of their handles (a leading '@' is ignored, case-insensitive).</summary>
    Task<ContactDetails?> FindByHandleAsync(string handle, CancellationToken cancellationToken);
}
