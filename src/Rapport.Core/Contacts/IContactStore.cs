namespace Rapport.Core.Contacts;

public interface IContactStore
{
    Task<IReadOnlyList<ContactSummary>> ListAsync(ContactQuery query, CancellationToken cancellationToken);

    /// <summary>A page of people with the cursor of the next one (see <see cref="ContactQuery.After"/>).</summary>
    Task<ContactPage> ListPageAsync(ContactQuery query, CancellationToken cancellationToken);

    /// <summary>Finds a person by one of their handles (a leading '@' is ignored, case-insensitive).</summary>
    Task<ContactDetails?> FindByHandleAsync(string handle, CancellationToken cancellationToken);

    Task<ContactDetails?> FindByIdAsync(long personId, CancellationToken cancellationToken);
}
