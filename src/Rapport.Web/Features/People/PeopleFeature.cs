using Rapport.Core.Notes;
using Rapport.Web.Features.Today;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.People;

/// <summary>Know who you follow: the people listing and each person's page.</summary>
public sealed class PeopleFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("People", "/people", 20);

    public void AddServices(IServiceCollection services) => services.AddScoped<PeopleActions>();

    public void MapApi(RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");
        people.MapGet("/", async (
                    string? q, int? page, int? pageSize, string? after, string? sort, string? list, bool? cadence, bool? followsYou, bool? youFollow,
                    PeopleActions actions, CancellationToken ct) =>
                (await actions.ListAsync(
                    new PeopleQuery(q, page ?? 1, pageSize ?? PeopleQuery.DefaultPageSize)
                    {
                        After = after,
                        Sort = sort,
                        List = list,
                        Cadence = cadence,
                        FollowsYou = followsYou,
                        YouFollow = youFollow,
                    },
                    ct)).ToHttpResult())
            .WithSummary("People by handle (sort=newest for the latest added); q matches handles, names, bios and locations; "
                + "list, cadence, followsYou and youFollow filter; pass the answer's next as after for the next page.")
            .Produces<PeoplePage>().ProducesValidationProblem();
        people.MapGet("/{handle}", async (string handle, PeopleActions actions, CancellationToken ct) =>
                (await actions.FindAsync(handle, ct)).ToHttpResult())
            .WithSummary("One person: identities, reciprocity and health, cadence, touch timeline, notes and lists.")
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapGet("/by-id/{personId:long}", async (long personId, PeopleActions actions, CancellationToken ct) =>
                (await actions.FindAsync(personId, ct)).ToHttpResult())
            .WithSummary("One person by id, as the Today queue and triage name them; people known without a handle too.")
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPost("/{handle}/notes", async (string handle, AddNoteRequest request, PeopleActions actions, CancellationToken ct) =>
                (await actions.AddNoteAsync(handle, request, ct)).ToHttpResult())
            .WithSummary("Adds a dated note (Markdown, kept and shown as text).")
            .Produces<PersonNote>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPut("/{handle}/cadence", async (string handle, SetCadenceRequest request, PeopleActions actions, CancellationToken ct) =>
                (await actions.SetCadenceAsync(handle, request, ct)).ToHttpResult())
            .WithSummary("Sets the person's own cadence (a tier, an interval such as 10d, off), or inherit to follow their lists.")
            .Produces<CadenceView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPost("/{handle}/touches", async (string handle, LogTouchRequest request, PeopleActions actions, CancellationToken ct) =>
                (await actions.LogTouchAsync(handle, request, ct)).ToHttpResult())
            .WithSummary("Logs a touch by hand with this person.")
            .Produces<LoggedTouch>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPost("/{handle}/lists", async (string handle, ListMembershipRequest request, PeopleActions actions, CancellationToken ct) =>
                (await actions.AddToListAsync(handle, request, ct)).ToHttpResult())
            .WithSummary("Puts the person on a list (created when new).")
            .Produces<string>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapDelete("/{handle}/lists/{list}", async (string handle, string list, PeopleActions actions, CancellationToken ct) =>
                (await actions.RemoveFromListAsync(handle, list, ct)).ToHttpResult())
            .WithSummary("Takes the person off a list.")
            .Produces<string>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
