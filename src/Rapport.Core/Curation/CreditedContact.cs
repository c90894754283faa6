using Rapport.Core.Ledger;

namespace Rapport.Core.Curation;

/// <summary>A credited person the ledger knows, with their handle on each network where they have one.</summary>
public sealed record CreditedContact(long PersonId, string? DisplayName, IReadOnlyList<ContactHandle> Handles)
{
    public ContactHandle? On(SocialNetwork network) => Handles.FirstOrDefault(handle => handle.Network == network);
}
