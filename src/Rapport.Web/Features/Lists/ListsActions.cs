using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Core.Contacts;
using Rapport.Core.Lists;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Lists;

/// <summary>
/// The user's lists: create, rename, delete, members and the cadence members inherit. Lists that come from a
/// network (X lists the user is on) are shown but never changed here.
/// </summary>
public sealed class ListsActions(IContactListStore lists, ICadenceSettingsStore cadences, IContactStore contacts, TimeProvider time)
{
    public Task<IReadOnlyList<ContactListSummary>> ListAsync(CancellationToken cancellationToken) => lists.ListAsync(cancellationToken);

    public async Task<Outcome<ListView>> FindAsync(long id, CancellationToken cancellationToken)
    {
        if (await SummaryAsync(id, cancellationToken) is not { } list)
        {
            return Outcome.Missing<ListView>(NoList(id));
        }

        var tiers = await cadences.ListTiersAsync(cancellationToken);
        return Outcome.Ok(new ListView(list, await lists.ListMembersAsync(id, cancellationToken), [.. tiers.Select(t => t.Name)]));
    }

    public async Task<Outcome<ContactListSummary>> CreateAsync(ListNameRequest request, CancellationToken cancellationToken)
    {
        if (ValidName(request.Name) is not { } name)
        {
            return Outcome.Invalid<ContactListSummary>("name", NameRule);
        }

        try
        {
            return Outcome.Ok(await lists.CreateAsync(name, cancellationToken));
        }
        catch (ContactListException refused)
        {
            return Outcome.Invalid<ContactListSummary>("name", refused.Message);
        }
    }

    public async Task<Outcome<ContactListSummary>> RenameAsync(long id, ListNameRequest request, CancellationToken cancellationToken)
    {
        if (ValidName(request.Name) is not { } name)
        {
            return Outcome.Invalid<ContactListSummary>("name", NameRule);
        }

        return await ChangeAsync(id, "name", async list =>
        {
            await lists.RenameAsync(id, name, cancellationToken);
            return list with { Name = name };
        }, cancellationToken);
    }

    public async Task<Outcome<ContactListSummary>> DeleteAsync(long id, CancellationToken cancellationToken) =>
        await ChangeAsync(id, "list", async list =>
        {
            await lists.DeleteAsync(id, cancellationToken);
            return list;
        }, cancellationToken);

    public async Task<Outcome<ContactListSummary>> AddMemberAsync(long id, ListMemberRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Handle) || request.Handle.Length > 100)
        {
            return Outcome.Invalid<ContactListSummary>("handle", "Name the person by one of their handles.");
        }

        if (await SummaryAsync(id, cancellationToken) is null)
        {
            return Outcome.Missing<ContactListSummary>(NoList(id));
        }

        if (await contacts.FindByHandleAsync(request.Handle.Trim(), cancellationToken) is not { } person)
        {
            return Outcome.Missing<ContactListSummary>($"No one in the ledger has the handle '{request.Handle.Trim()}'.");
        }

        return await ChangeAsync(id, "handle", async list =>
        {
            var added = await lists.AddMemberAsync(id, person.PersonId, cancellationToken);
            return list with { Members = list.Members + (added ? 1 : 0) };
        }, cancellationToken);
    }

    public async Task<Outcome<ContactListSummary>> RemoveMemberAsync(long id, long personId, CancellationToken cancellationToken) =>
        await ChangeAsync(id, "person", async list =>
        {
            var removed = await lists.RemoveMemberAsync(id, personId, cancellationToken);
            return list with { Members = list.Members - (removed ? 1 : 0) };
        }, cancellationToken);

    public async Task<Outcome<ContactListSummary>> SetCadenceAsync(long id, ListCadenceRequest request, CancellationToken cancellationToken)
    {
        var text = request.Cadence?.Trim();
        CadenceTier? tier = null;
        if (!string.IsNullOrEmpty(text) && !string.Equals(text, "off", StringComparison.OrdinalIgnoreCase))
        {
            tier = CadenceTiers.Find(text, await cadences.ListTiersAsync(cancellationToken));
            if (tier is null)
            {
                return Outcome.Invalid<ContactListSummary>("cadence", $"'{text}' is not a cadence: use a tier's name, an interval such as 10d or 3w, or off.");
            }
        }

        return await ChangeAsync(id, "cadence", async list =>
        {
            await cadences.SetListCadenceAsync(id, tier, time.GetUtcNow(), cancellationToken);
            return list with { Cadence = tier?.Name };
        }, cancellationToken);
    }

    private async Task<Outcome<ContactListSummary>> ChangeAsync(
        long id, string field, Func<ContactListSummary, Task<ContactListSummary>> change, CancellationToken cancellationToken)
    {
        if (await SummaryAsync(id, cancellationToken) is not { } list)
        {
            return Outcome.Missing<ContactListSummary>(NoList(id));
        }

        if (list.IsReadOnly)
        {
            return Outcome.Invalid<ContactListSummary>(field, $"\"{list.Name}\" is a list from a network: it is shown here but changed only there.");
        }

        try
        {
            return Outcome.Ok(await change(list));
        }
        catch (ContactListException refused)
        {
            return Outcome.Invalid<ContactListSummary>(field, refused.Message);
        }
    }

    private async Task<ContactListSummary?> SummaryAsync(long id, CancellationToken cancellationToken) =>
        (await lists.ListAsync(cancellationToken)).FirstOrDefault(l => l.Id == id);

    private static string? ValidName(string? name)
    {
        var clean = name?.Trim();
        return string.IsNullOrEmpty(clean) || clean.Length > ListNameRequest.MaxNameLength || clean.Any(char.IsControl) ? null : clean;
    }

    private static readonly string NameRule =
        string.Create(CultureInfo.InvariantCulture, $"A list name is 1 to {ListNameRequest.MaxNameLength} characters, without control characters.");

    private static string NoList(long id) => string.Create(CultureInfo.InvariantCulture, $"There is no list {id}.");
}
