using System.Globalization;
using Rapport.Core.Contacts;
using Rapport.Core.Notes;

namespace Rapport.Web.Features.People;

/// <summary>
/// Everything the person's page shows: who they are, where the relationship stands, and the ledger with them.
/// <see cref="Handle"/> is null for someone known only by a network id (a follower named in an archive).
/// </summary>
public sealed record PersonView(
    long PersonId,
    string? Handle,
    string Name,
    IReadOnlyList<IdentityDetails> Identities,
    bool FollowsYou,
    bool YouFollow,
    ReciprocityView Reciprocity,
    CadenceView Cadence,
    IReadOnlyList<TouchView> Touches,
    IReadOnlyList<PersonNote> Notes,
    IReadOnlyList<string> Lists,
    IReadOnlyList<string> AvailableLists)
{
    /// <summary>Where the person's page lives: by handle when they have one, else by id.</summary>
    public string PagePath => PathOf(PersonId, Handle);

    public static string PathOf(long personId, string? handle) =>
        handle is null ? string.Create(CultureInfo.InvariantCulture, $"/people/by-id/{personId}") : "/people/" + Uri.EscapeDataString(handle);

    /// <summary>The display name, else the handle, else the network id: every person has something to be called.</summary>
    public static string NameOf(IReadOnlyList<IdentityDetails> identities, long personId) =>
        identities.Select(i => i.DisplayName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
        ?? identities.Select(i => i.Handle).Where(h => h is not null).Select(h => "@" + h).FirstOrDefault()
        ?? identities.Select(i => i.ExternalId).Where(e => e is not null).Select(e => "X user " + e).FirstOrDefault()
        ?? string.Create(CultureInfo.InvariantCulture, $"Person {personId}");
}
