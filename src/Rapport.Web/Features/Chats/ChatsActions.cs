using System.Globalization;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Chats;

/// <summary>
/// The chats practice in the browser: the calendar in the user's time zone (the one cadences count days in),
/// a chat's page, a session's transcript by question, attending, and the core group.
/// </summary>
public sealed class ChatsActions(ChatService chats, IChatStore store, IOptionsMonitor<CadenceOptions> cadence, TimeProvider time)
{
    public const int MaxWeeks = 12;
    public const int DefaultWeeks = 4;
    private const int RecentSessions = 12;

    public string UserTimeZone => cadence.CurrentValue.TimeZone;

    public async Task<Outcome<ChatCalendarView>> CalendarAsync(int? weeks, CancellationToken cancellationToken)
    {
        var span = weeks ?? DefaultWeeks;
        if (span is < 1 or > MaxWeeks)
        {
            return Outcome.Invalid<ChatCalendarView>("weeks", string.Create(CultureInfo.InvariantCulture, $"Show from 1 to {MaxWeeks} weeks."));
        }

        var zone = UserTimeZone;
        var today = ChatService.DateIn(time.GetUtcNow(), zone);
        var from = ChatService.StartOfDay(today, zone);
        var upcoming = await chats.UpcomingAsync(from, span * 7, zone, attendingOnly: false, cancellationToken);
        var days = upcoming
            .GroupBy(u => DateOnly.FromDateTime(u.Occurrence.StartInUserZone.DateTime))
            .Select(g => new ChatDayView(g.Key, [.. g.Select(ToUpcoming)]))
            .ToList();
        var directory = await store.ListAsync(cancellationToken);
        return Outcome.Ok(new ChatCalendarView(zone, today, span, days, [.. directory.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(ToSummary)]));
    }

    public async Task<Outcome<ChatView>> ChatAsync(string key, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(key, cancellationToken) is not { } chat)
        {
            return Outcome.Missing<ChatView>(NoChat(key));
        }

        var zone = UserTimeZone;
        var next = chat.Schedule.NextOccurrences(time.GetUtcNow(), 6, zone).Select(o => ToUpcoming(new UpcomingChat(chat, o))).ToList();
        var stats = await chats.StatsAsync(chat, cancellationToken);
        var recent = stats.Sessions
            .TakeLast(RecentSessions)
            .Reverse()
            .Select(s => new SessionSummaryView(InZone(s.Start, zone), ChatService.DateIn(s.Start, zone), s.Participants, s.Posts))
            .ToList();
        return Outcome.Ok(new ChatView(
            ToSummary(chat), zone, next, stats.Sessions.Count, stats.UniqueParticipants,
            Math.Round(stats.MeanParticipants, 1), Math.Round(stats.ReturningShare, 2), recent));
    }

    public async Task<Outcome<ChatSessionPageView>> SessionAsync(string key, string? date, CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Outcome.Invalid<ChatSessionPageView>("date", $"'{date}' is not a date: use yyyy-MM-dd.");
            }

            day = parsed;
        }

        if (await store.FindAsync(key, cancellationToken) is not { } chat)
        {
            return Outcome.Missing<ChatSessionPageView>(NoChat(key));
        }

        var zone = UserTimeZone;
        if (await chats.SessionAsync(chat, day, zone, cancellationToken) is not { } session)
        {
            return Outcome.Missing<ChatSessionPageView>(day is { } d
                ? $"{chat.Name} has no session on {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} in {zone}."
                : $"{chat.Name} has not met yet.");
        }

        var questions = session.Transcript.Questions.Select(q => new TranscriptQuestionView(
            q.Number,
            q.Question is { } asked ? Entry(asked, "Question", q.IsHostQuestion) : null,
            q.IsHostQuestion,
            [.. q.Entries.Select(e => Entry(e.Post, e.Role.ToString(), e.FromHost))])).ToList();
        var hosts = chat.Hosts.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Outcome.Ok(new ChatSessionPageView(
            chat.Id,
            chat.Name,
            chat.Hashtag,
            session.Occurrence.StartInUserZone,
            session.Occurrence.EndInUserZone,
            session.Posts.Count,
            questions,
            [.. session.Transcript.Unplaced.Select(p => Entry(p, "Unplaced", hosts.Contains(p.Author)))]));
    }

    public async Task<Outcome<ChatSummaryView>> SetAttendingAsync(string key, AttendRequest request, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(key, cancellationToken) is not { } chat || !await store.SetAttendingAsync(chat.Id, request.Attending, cancellationToken))
        {
            return Outcome.Missing<ChatSummaryView>(NoChat(key));
        }

        return Outcome.Ok(ToSummary(chat with { Attending = request.Attending }));
    }

    public async Task<CoreGroupView> CoreGroupAsync(CancellationToken cancellationToken)
    {
        var report = await chats.CoreGroupAsync(null, cancellationToken);
        var ego = await store.EgoAuthorAsync(cancellationToken);
        var core = report.CoreGroup.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = (await store.ListAsync(cancellationToken)).ToDictionary(ChatService.ChatKey, c => c.Name, StringComparer.Ordinal);
        var people = report.PeopleYouKeepMeeting.Select(k => new KeptMeetingView(
            k.PersonId,
            Math.Round(k.Weight, 3),
            k.SharedSessions.Count,
            k.SharedSessions.Count > 0 ? k.SharedSessions.Max(s => s.Start) : null,
            core.Contains(k.PersonId),
            k.CoreNumber)).ToList();
        var suggestions = report.ChatsYourCoreGroupAttends
            .Select(s => new ChatSuggestionView(names.GetValueOrDefault(s.ChatId, s.ChatId), s.CoreMembers, s.Attendances))
            .ToList();
        return new CoreGroupView(ego, people, report.CoreGroup, suggestions, CoreGroupLayout.Lay(report, ego));
    }

    private UpcomingChatView ToUpcoming(UpcomingChat upcoming) => new(
        upcoming.Chat.Id,
        upcoming.Chat.Name,
        upcoming.Chat.Hashtag,
        upcoming.Occurrence.StartInUserZone,
        upcoming.Occurrence.EndInUserZone,
        upcoming.Occurrence.StartInChatZone,
        upcoming.Chat.TimeZoneId,
        upcoming.Chat.Attending);

    private static ChatSummaryView ToSummary(ChatDefinition chat) => new(
        chat.Id,
        chat.Name,
        chat.Hashtags,
        chat.Hosts,
        chat.Topic,
        chat.Description,
        chat.Schedule.ToString(),
        chat.TimeZoneId,
        chat.Attending);

    private static TranscriptEntryView Entry(ChatPost post, string role, bool fromHost) =>
        new(post.Id, post.Author, post.PostedAt, post.Text, role, fromHost);

    private static DateTimeOffset InZone(DateTimeOffset instant, string zone) =>
        instant.ToOffset(TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(instant));

    private static string NoChat(string key) => $"There is no chat '{key}' in the directory.";
}
