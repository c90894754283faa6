namespace Rapport.Core.Lists;

/// <summary>
/// Implemented by the storage: the user's lists. Lists from a network (X lists the user is on) are
/// read-only; changing one throws <see cref="ContactListException"/>, as does a name already taken.
/// Membership changes refresh the due index for the people they affect.
/// </summary>
public interface IContactListStore
{
    Task<IReadOnlyList<ContactListSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The list with this name (case-insensitive), or null.</summary>
    Task<ContactListSummary?> FindAsync(string name, CancellationToken cancellationToken);

    Task<ContactListSummary> CreateAsync(string name, CancellationToken cancellationToken);

    Task RenameAsync(long listId, string newName, CancellationToken cancellationToken);

    Task DeleteAsync(long listId, CancellationToken cancellationToken);

    /// <summary>False when the person was already on the list.</summary>
    Task<bool> AddMemberAsync(long listId, long personId, CancellationToken cancellationToken);

    /// <summary>Adds many people in one transaction; returns how many were not on the list yet.</summary>
    Task<int> AddMembersAsync(long listId, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);

    /// <summary>False when the person was not on the list.</summary>
    Task<bool> RemoveMemberAsync(long listId, long personId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContactListMemberEntry>> ListMembersAsync(long listId, CancellationToken cancellationToken);
}
