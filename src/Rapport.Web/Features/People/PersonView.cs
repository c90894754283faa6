using Rapport.Core.Contacts;
using Rapport.Core.Notes;

namespace Rapport.Web.Features.People;

/// <summary>Everything the person's page shows: who they are, where the relationship stands, and the ledger with them.</summary>
public sealed record PersonView(
    long PersonId,
    string Handle,
    string Name,
    IReadOnlyList<IdentityDetails> Identities,
    bool FollowsYou,
    bool YouFollow,
    ReciprocityView Reciprocity,
    CadenceView Cadence,
    IReadOnlyList<TouchView> Touches,
    IReadOnlyList<PersonNote> Notes,
    IReadOnlyList<string> Lists,
    IReadOnlyList<string> AvailableLists);
