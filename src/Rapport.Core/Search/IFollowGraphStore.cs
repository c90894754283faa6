using Rapport.Core.Profiles;

namespace Rapport.Core.Search;

/// <summary>Implemented by the storage: follow edges of any account whose lists were imported, the ego's among them.</summary>
public interface IFollowGraphStore
{
    /// <summary>The account with this handle or id (X), or null when the ledger does not know it.</summary>
    Task<AccountFollowSet?> GetAsync(string handleOrId, FollowListKind kind, CancellationToken cancellationToken);

    /// <summary>Handles of these identities, for showing a sample.</summary>
    Task<IReadOnlyDictionary<long, string?>> HandlesAsync(IReadOnlyCollection<long> identityIds, CancellationToken cancellationToken);
}
