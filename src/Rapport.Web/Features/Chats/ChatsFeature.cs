using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Chats;

/// <summary>Get active on the playground: the chats calendar, sessions by question, and the core group.</summary>
public sealed class ChatsFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Chats", "/chats", 50);

    public void AddServices(IServiceCollection services) => services.AddScoped<ChatsActions>();

    public void MapApi(RouteGroupBuilder api)
    {
        var chats = api.MapGroup("/chats").WithTags("Chats");
        chats.MapGet("/", async (int? weeks, ChatsActions actions, CancellationToken ct) => (await actions.CalendarAsync(weeks, ct)).ToHttpResult())
            .WithSummary("The coming sessions of every chat in the directory, by day in your time zone (weeks: 1 to 12, 4 by default).")
            .Produces<ChatCalendarView>().ProducesValidationProblem();
        chats.MapGet("/core", async (ChatsActions actions, CancellationToken ct) => TypedResults.Ok(await actions.CoreGroupAsync(ct)))
            .WithSummary("The people you keep meeting across chat sessions, your core group, where they go, and the graph's layout.");
        chats.MapGet("/{key}", async (string key, ChatsActions actions, CancellationToken ct) => (await actions.ChatAsync(key, ct)).ToHttpResult())
            .WithSummary("One chat (by id, name or hashtag): its next sessions in your zone and how it went.")
            .Produces<ChatView>().ProducesProblem(StatusCodes.Status404NotFound);
        chats.MapGet("/{key}/session", async (string key, string? date, ChatsActions actions, CancellationToken ct) =>
                (await actions.SessionAsync(key, date, ct)).ToHttpResult())
            .WithSummary("A session's transcript grouped by question, the hosts' questions marked; the latest with posts unless a date (yyyy-MM-dd, your zone) is given.")
            .Produces<ChatSessionPageView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        chats.MapPut("/{key}/attend", async (string key, AttendRequest request, ChatsActions actions, CancellationToken ct) =>
                (await actions.SetAttendingAsync(key, request, ct)).ToHttpResult())
            .WithSummary("Marks a chat as one you attend, or not.")
            .Produces<ChatSummaryView>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
