using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Notes;
using Rapport.Web.Features.Today;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.People;

/// <summary>
/// The people listing and one person's page, with the changes made there; the pages and <c>/api/people</c>
/// both call these, so they validate alike. People are addressed by handle, as in the CLI.
/// </summary>
public sealed class PeopleActions(
    IContactStore contacts,
    ITouchStore touches,
    INoteStore notes,
    IContactListStore lists,
    ICadenceSettingsStore cadences,
    ICadenceDueIndex dueIndex,
    TodayQueueService queue,
    TouchLogging touchLogging,
    PageDataCache cache,
    TimeProvider time)
{
    /// <summary>The listing does not depend on the clock; the age bound only limits how long an unused page is held.</summary>
    private static readonly TimeSpan ListingMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>The timeline shows this many of the newest touches; reciprocity counts a year, which this covers for all but the busiest.</summary>
    public const int TimelineLength = 500;

    public async Task<Outcome<PeoplePage>> ListAsync(PeopleQuery query, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (query.Q is { Length: > PeopleQuery.MaxQueryLength })
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"A search is at most {PeopleQuery.MaxQueryLength} characters.")];
        }

        if (query.Page is < 1 or > PeopleQuery.MaxPage)
        {
            errors["page"] = [string.Create(CultureInfo.InvariantCulture, $"The page is from 1 to {PeopleQuery.MaxPage}; narrow the search to reach further.")];
        }

        if (query.PageSize is < 1 or > PeopleQuery.MaxPageSize)
        {
            errors["pageSize"] = [string.Create(CultureInfo.InvariantCulture, $"A page holds from 1 to {PeopleQuery.MaxPageSize} people.")];
        }

        if (query.After is { Length: > PeopleQuery.MaxCursorLength })
        {
            errors["after"] = ["The cursor is not one this listing gave out."];
        }

        ContactSort sort = ContactSort.Handle;
        if (query.Sort is { } sortName && (!Enum.TryParse(sortName, ignoreCase: true, out sort) || sort == ContactSort.MostTouched))
        {
            errors["sort"] = ["Sort by handle or newest."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<PeoplePage>(errors);
        }

        var after = string.IsNullOrEmpty(query.After) ? null : query.After;
        var contactQuery = new ContactQuery(
            string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
            after is null ? (query.Page - 1) * query.PageSize : 0,
            query.PageSize)
        {
            Sort = sort,
            After = after,
            ListName = string.IsNullOrWhiteSpace(query.List) ? null : query.List.Trim(),
            HasCadence = query.Cadence,
            FollowsYou = query.FollowsYou,
            YouFollow = query.YouFollow,
        };
        ContactPage page;
        try
        {
            page = await cache.GetAsync(contactQuery, ListingMaxAge, ct => contacts.ListPageAsync(contactQuery, ct), cancellationToken);
        }
        catch (ArgumentException)
        {
            return Outcome.Invalid<PeoplePage>("after", "The cursor is not one this listing gave out, or was made for another sort order.");
        }

        var people = page.People
            .Select(r => new PersonRow(r.PersonId, r.Handle, r.DisplayName, r.Bio, r.Location, r.FollowsYou, r.YouFollow, r.TouchCount, r.LastTouchAt))
            .ToList();
        return Outcome.Ok<PeoplePage>(new PeoplePage(query.Q, query.Page, query.PageSize, page.Next is not null, people) { Next = page.Next });
    }

    /// <summary>Where a person's page lives, for links that know the person only by id (the Today queue).</summary>
    public async Task<Outcome<string>> FindHandleAsync(long personId, CancellationToken cancellationToken)
    {
        var details = await contacts.FindByIdAsync(personId, cancellationToken);
        return details?.Identities.Select(i => i.Handle).FirstOrDefault(h => h is not null) is { } handle
            ? Outcome.Ok<string>(handle)
            : Outcome.Missing<string>(string.Create(CultureInfo.InvariantCulture, $"No one with id {personId} has a handle in the ledger."));
    }

    public async Task<Outcome<PersonView>> FindAsync(string handle, CancellationToken cancellationToken)
    {
        if (await contacts.FindByHandleAsync(handle, cancellationToken) is not { } details)
        {
            return Outcome.Missing<PersonView>(NoOne(handle));
        }

        var id = details.PersonId;
        var ledger = await touches.ListForPersonAsync(id, TimelineLength, cancellationToken);
        var resolution = (await cadences.GetInputsAsync(id, cancellationToken))?.Resolve();
        var tiers = await cadences.ListTiersAsync(cancellationToken);
        var due = await dueIndex.FindAsync(id, cancellationToken);
        DateOnly? nextDue = due is null ? null : DueCalculator.Compute(due.Cadence, due.LastQualifyingTouch, due.Deferral, queue.Calendar.Zone).Date;
        var health = RelationshipHealthAssessor.Assess(ledger, resolution?.Cadence?.Tier.Interval, time.GetUtcNow());
        var allLists = await lists.ListAsync(cancellationToken);
        var main = details.Identities[0];
        var view = new PersonView(
            id,
            main.Handle ?? handle.Trim().TrimStart('@'),
            main.DisplayName ?? "@" + main.Handle,
            details.Identities,
            details.FollowsYou,
            details.YouFollow,
            ReciprocityView.From(health),
            new CadenceView(
                resolution?.Cadence?.Tier.Name,
                resolution?.Why ?? "No cadence applies.",
                resolution?.Cadence?.Source == CadenceSource.Person,
                nextDue,
                [.. tiers.Select(t => t.Name)]),
            [.. ledger.Select(TouchView.From)],
            await notes.ListAsync(id, cancellationToken),
            details.Lists,
            [.. allLists.Where(l => !l.IsReadOnly && !details.Lists.Contains(l.Name, StringComparer.OrdinalIgnoreCase)).Select(l => l.Name)]);
        return Outcome.Ok<PersonView>(view);
    }

    public async Task<Outcome<PersonNote>> AddNoteAsync(string handle, AddNoteRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Markdown))
        {
            return Outcome.Invalid<PersonNote>("markdown", "A note needs some text.");
        }

        if (request.Markdown.Length > PersonNote.MaxLength)
        {
            return Outcome.Invalid<PersonNote>("markdown", string.Create(CultureInfo.InvariantCulture, $"A note is at most {PersonNote.MaxLength} characters."));
        }

        return await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? Outcome.Ok<PersonNote>(await notes.AddAsync(person.PersonId, request.Markdown, cancellationToken))
            : Outcome.Missing<PersonNote>(NoOne(handle));
    }

    public async Task<Outcome<CadenceView>> SetCadenceAsync(string handle, SetCadenceRequest request, CancellationToken cancellationToken)
    {
        var text = request.Cadence?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Outcome.Invalid<CadenceView>("cadence", "Choose a cadence, off, or inherit.");
        }

        var tiers = await cadences.ListTiersAsync(cancellationToken);
        var now = time.GetUtcNow();
        PersonCadence? cadence;
        if (string.Equals(text, "inherit", StringComparison.OrdinalIgnoreCase))
        {
            cadence = null;
        }
        else if (string.Equals(text, "off", StringComparison.OrdinalIgnoreCase))
        {
            cadence = PersonCadence.Off(now);
        }
        else if (CadenceTiers.Find(text, tiers) is { } tier)
        {
            cadence = new PersonCadence(tier, now);
        }
        else
        {
            return Outcome.Invalid<CadenceView>(
                "cadence",
                $"'{text}' is not a cadence: use {string.Join(", ", tiers.Select(t => t.Name))}, an interval such as 10d or 3w, off, or inherit.");
        }

        if (await contacts.FindByHandleAsync(handle, cancellationToken) is not { } person)
        {
            return Outcome.Missing<CadenceView>(NoOne(handle));
        }

        await cadences.SetPersonCadenceAsync(person.PersonId, cadence, cancellationToken);
        var resolution = (await cadences.GetInputsAsync(person.PersonId, cancellationToken))?.Resolve();
        var due = await dueIndex.FindAsync(person.PersonId, cancellationToken);
        DateOnly? nextDue = due is null ? null : DueCalculator.Compute(due.Cadence, due.LastQualifyingTouch, due.Deferral, queue.Calendar.Zone).Date;
        return Outcome.Ok<CadenceView>(new CadenceView(
            resolution?.Cadence?.Tier.Name,
            resolution?.Why ?? "No cadence applies.",
            resolution?.Cadence?.Source == CadenceSource.Person,
            nextDue,
            [.. tiers.Select(t => t.Name)]));
    }

    public async Task<Outcome<LoggedTouch>> LogTouchAsync(string handle, LogTouchRequest request, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? await touchLogging.LogAsync(person.PersonId, request, cancellationToken)
            : Outcome.Missing<LoggedTouch>(NoOne(handle));

    /// <summary>Adds the person to a list by name; a list that does not exist yet is created.</summary>
    public async Task<Outcome<string>> AddToListAsync(string handle, ListMembershipRequest request, CancellationToken cancellationToken)
    {
        var name = request.List?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return Outcome.Invalid<string>("list", "A list name has from 1 to 200 characters.");
        }

        if (await contacts.FindByHandleAsync(handle, cancellationToken) is not { } person)
        {
            return Outcome.Missing<string>(NoOne(handle));
        }

        var list = await lists.FindAsync(name, cancellationToken) ?? await lists.CreateAsync(name, cancellationToken);
        if (list.IsReadOnly)
        {
            return Outcome.Invalid<string>("list", $"'{list.Name}' comes from a network and cannot be changed here.");
        }

        await lists.AddMemberAsync(list.Id, person.PersonId, cancellationToken);
        return Outcome.Ok<string>(list.Name);
    }

    public async Task<Outcome<string>> RemoveFromListAsync(string handle, string listName, CancellationToken cancellationToken)
    {
        if (await contacts.FindByHandleAsync(handle, cancellationToken) is not { } person)
        {
            return Outcome.Missing<string>(NoOne(handle));
        }

        if (await lists.FindAsync(listName, cancellationToken) is not { } list)
        {
            return Outcome.Missing<string>($"There is no list '{listName}'.");
        }

        if (list.IsReadOnly)
        {
            return Outcome.Invalid<string>("list", $"'{list.Name}' comes from a network and cannot be changed here.");
        }

        return await lists.RemoveMemberAsync(list.Id, person.PersonId, cancellationToken)
            ? Outcome.Ok<string>(list.Name)
            : Outcome.Missing<string>($"'{handle}' is not on '{list.Name}'.");
    }

    private static string NoOne(string handle) => $"No one with the handle '{handle}' is in the ledger.";
}
