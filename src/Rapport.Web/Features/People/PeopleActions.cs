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

    /// <summary>The person a handle names, without building their page.</summary>
    public async Task<long?> FindIdAsync(string handle, CancellationToken cancellationToken) =>
        (await contacts.FindByHandleAsync(handle, cancellationToken))?.PersonId;

    public async Task<Outcome<PersonView>> FindAsync(string handle, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } details
            ? Outcome.Ok(await ViewAsync(details, cancellationToken))
            : Outcome.Missing<PersonView>(NoOne(handle));

    /// <summary>A person by id, which every person has: the page of someone known without a handle is found this way.</summary>
    public async Task<Outcome<PersonView>> FindAsync(long personId, CancellationToken cancellationToken) =>
        await contacts.FindByIdAsync(personId, cancellationToken) is { } details
            ? Outcome.Ok(await ViewAsync(details, cancellationToken))
            : Outcome.Missing<PersonView>(NoOne(personId));

    private async Task<PersonView> ViewAsync(ContactDetails details, CancellationToken cancellationToken)
    {
        var id = details.PersonId;
        var ledger = await touches.ListForPersonAsync(id, TimelineLength, cancellationToken);
        var resolution = (await cadences.GetInputsAsync(id, cancellationToken))?.Resolve();
        var tiers = await cadences.ListTiersAsync(cancellationToken);
        var due = await dueIndex.FindAsync(id, cancellationToken);
        DateOnly? nextDue = due is null ? null : DueCalculator.Compute(due.Cadence, due.LastQualifyingTouch, due.Deferral, queue.Calendar.Zone).Date;
        var health = RelationshipHealthAssessor.Assess(ledger, resolution?.Cadence?.Tier.Interval, time.GetUtcNow());
        var allLists = await lists.ListAsync(cancellationToken);
        var handle = details.Identities.Select(i => i.Handle).FirstOrDefault(h => h is not null);
        return new PersonView(
            id,
            handle,
            PersonView.NameOf(details.Identities, id),
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
    }

    public async Task<Outcome<PersonNote>> AddNoteAsync(string handle, AddNoteRequest request, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? await AddNoteAsync(person.PersonId, request, cancellationToken)
            : Outcome.Missing<PersonNote>(NoOne(handle));

    public async Task<Outcome<PersonNote>> AddNoteAsync(long personId, AddNoteRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Markdown))
        {
            return Outcome.Invalid<PersonNote>("markdown", "A note needs some text.");
        }

        if (request.Markdown.Length > PersonNote.MaxLength)
        {
            return Outcome.Invalid<PersonNote>("markdown", string.Create(CultureInfo.InvariantCulture, $"A note is at most {PersonNote.MaxLength} characters."));
        }

        return await contacts.FindByIdAsync(personId, cancellationToken) is not null
            ? Outcome.Ok<PersonNote>(await notes.AddAsync(personId, request.Markdown, cancellationToken))
            : Outcome.Missing<PersonNote>(NoOne(personId));
    }

    public async Task<Outcome<CadenceView>> SetCadenceAsync(string handle, SetCadenceRequest request, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? await SetCadenceAsync(person.PersonId, request, cancellationToken)
            : await Validated(SetCadenceAsync(personId: null, request, cancellationToken), NoOne(handle));

    public Task<Outcome<CadenceView>> SetCadenceAsync(long personId, SetCadenceRequest request, CancellationToken cancellationToken) =>
        SetCadenceAsync((long?)personId, request, cancellationToken);

    public async Task<Outcome<LoggedTouch>> LogTouchAsync(string handle, LogTouchRequest request, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? await touchLogging.LogAsync(person.PersonId, request, cancellationToken)
            : Outcome.Missing<LoggedTouch>(NoOne(handle));

    public async Task<Outcome<LoggedTouch>> LogTouchAsync(long personId, LogTouchRequest request, CancellationToken cancellationToken) =>
        await contacts.FindByIdAsync(personId, cancellationToken) is not null
            ? await touchLogging.LogAsync(personId, request, cancellationToken)
            : Outcome.Missing<LoggedTouch>(NoOne(personId));

    /// <summary>Adds the person to a list by name; a list that does not exist yet is created.</summary>
    public async Task<Outcome<string>> AddToListAsync(string handle, ListMembershipRequest request, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? await AddToListAsync(person.PersonId, request, cancellationToken)
            : await Validated(AddToListAsync(personId: null, request, cancellationToken), NoOne(handle));

    public Task<Outcome<string>> AddToListAsync(long personId, ListMembershipRequest request, CancellationToken cancellationToken) =>
        AddToListAsync((long?)personId, request, cancellationToken);

    public async Task<Outcome<string>> RemoveFromListAsync(string handle, string listName, CancellationToken cancellationToken) =>
        await contacts.FindByHandleAsync(handle, cancellationToken) is { } person
            ? await RemoveFromListAsync(person.PersonId, listName, cancellationToken)
            : Outcome.Missing<string>(NoOne(handle));

    public async Task<Outcome<string>> RemoveFromListAsync(long personId, string listName, CancellationToken cancellationToken)
    {
        if (await contacts.FindByIdAsync(personId, cancellationToken) is null)
        {
            return Outcome.Missing<string>(NoOne(personId));
        }

        if (await lists.FindAsync(listName, cancellationToken) is not { } list)
        {
            return Outcome.Missing<string>($"There is no list '{listName}'.");
        }

        if (list.IsReadOnly)
        {
            return Outcome.Invalid<string>("list", $"'{list.Name}' comes from a network and cannot be changed here.");
        }

        return await lists.RemoveMemberAsync(list.Id, personId, cancellationToken)
            ? Outcome.Ok<string>(list.Name)
            : Outcome.Missing<string>($"They are not on '{list.Name}'.");
    }

    /// <summary>Bad input is reported before a missing person, as before people could be addressed by id.</summary>
    private static async Task<Outcome<T>> Validated<T>(Task<Outcome<T>> validation, string missing)
    {
        var outcome = await validation;
        return outcome.Errors.Count > 0 ? outcome : Outcome.Missing<T>(missing);
    }

    /// <summary>With no <paramref name="personId"/>, only validates the request.</summary>
    private async Task<Outcome<CadenceView>> SetCadenceAsync(long? personId, SetCadenceRequest request, CancellationToken cancellationToken)
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

        if (personId is not { } id || await contacts.FindByIdAsync(id, cancellationToken) is null)
        {
            return Outcome.Missing<CadenceView>(NoOne(personId ?? 0));
        }

        await cadences.SetPersonCadenceAsync(id, cadence, cancellationToken);
        var resolution = (await cadences.GetInputsAsync(id, cancellationToken))?.Resolve();
        var due = await dueIndex.FindAsync(id, cancellationToken);
        DateOnly? nextDue = due is null ? null : DueCalculator.Compute(due.Cadence, due.LastQualifyingTouch, due.Deferral, queue.Calendar.Zone).Date;
        return Outcome.Ok<CadenceView>(new CadenceView(
            resolution?.Cadence?.Tier.Name,
            resolution?.Why ?? "No cadence applies.",
            resolution?.Cadence?.Source == CadenceSource.Person,
            nextDue,
            [.. tiers.Select(t => t.Name)]));
    }

    /// <summary>With no <paramref name="personId"/>, only validates the request.</summary>
    private async Task<Outcome<string>> AddToListAsync(long? personId, ListMembershipRequest request, CancellationToken cancellationToken)
    {
        var name = request.List?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return Outcome.Invalid<string>("list", "A list name has from 1 to 200 characters.");
        }

        if (personId is not { } id || await contacts.FindByIdAsync(id, cancellationToken) is null)
        {
            return Outcome.Missing<string>(NoOne(personId ?? 0));
        }

        var list = await lists.FindAsync(name, cancellationToken) ?? await lists.CreateAsync(name, cancellationToken);
        if (list.IsReadOnly)
        {
            return Outcome.Invalid<string>("list", $"'{list.Name}' comes from a network and cannot be changed here.");
        }

        await lists.AddMemberAsync(list.Id, id, cancellationToken);
        return Outcome.Ok<string>(list.Name);
    }

    private static string NoOne(string handle) => $"No one with the handle '{handle}' is in the ledger.";

    private static string NoOne(long personId) => string.Create(CultureInfo.InvariantCulture, $"No one with id {personId} is in the ledger.");
}
