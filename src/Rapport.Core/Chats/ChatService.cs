using System.Globalization;
using Rapport.Core.Chats.Analytics;
using Rapport.Core.Chats.Answers;
using Rapport.Core.Chats.CoreGroup;
using Rapport.Core.Chats.Scheduling;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Chats;

/// <summary>
/// The chats practice over the directory and the ledger: the coming week, sessions rebuilt from posts,
/// statistics, the core group, and answers ready to post.
/// </summary>
public sealed class ChatService(IChatStore store, TimeProvider clock)
{
    /// <summary>How far back sessions are looked for, so statistics stay bounded on an old directory entry.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(3 * 366);

    private const string UtcZone = "UTC";

    /// <summary>The machine's zone when it has an IANA id (as on Linux and macOS), else UTC.</summary>
    public static string LocalTimeZoneId() =>
        SchedulePhraseParser.ResolveTimeZone(TimeZoneInfo.Local.Id) is { } zone ? zone
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(TimeZoneInfo.Local.Id, out var iana) ? iana
        : UtcZone;

    /// <summary>Midnight of <paramref name="date"/> in the zone (or the first instant after a midnight gap).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, string timeZoneId) =>
        TimeZones.Require(timeZoneId, nameof(timeZoneId)).AtStartOfDay(NodaTime.LocalDate.FromDateOnly(date)).ToDateTimeOffset();

    /// <summary>The day <paramref name="instant"/> falls on in the zone.</summary>
    public static DateOnly DateIn(DateTimeOffset instant, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZones.InZone(instant, TimeZones.Require(timeZoneId, nameof(timeZoneId))).DateTime);

    public async Task<ChatDefinition> SaveAsync(ChatDefinition chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (string.IsNullOrWhiteSpace(chat.Name))
        {
            throw new ArgumentException("A chat needs a name.", nameof(chat));
        }

        if (chat.Hashtags.Count == 0)
        {
            throw new ArgumentException("A chat needs at least one hashtag.", nameof(chat));
        }

        _ = chat.Schedule;
        var normalized = chat with
        {
            Name = chat.Name.Trim(),
            Hashtags = [.. chat.Hashtags.Select(Hashtag.Normalize).Distinct(StringComparer.OrdinalIgnoreCase)],
            Hosts = [.. chat.Hosts.Select(NormalizeHandle).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
        return await store.SaveAsync(normalized, cancellationToken);
    }

    public async Task<ChatDefinition> RequireAsync(string key, CancellationToken cancellationToken) =>
        await store.FindAsync(key, cancellationToken)
        ?? throw new ChatNotFoundException($"There is no chat '{key}' in the directory (see 'rapport chats list').");

    /// <summary>Occurrences in [<paramref name="from"/>, from + days), earliest first, seen in the user's zone.</summary>
    public async Task<IReadOnlyList<UpcomingChat>> UpcomingAsync(
        DateTimeOffset from, int days, string userTimeZoneId, bool attendingOnly, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var until = from.AddDays(days);
        var chats = await store.ListAsync(cancellationToken);
        return [.. chats.Where(c => c.Attending || !attendingOnly)
            .SelectMany(c => c.Schedule.OccurrencesBetween(from, until, userTimeZoneId).Select(o => new UpcomingChat(c, o)))
            .OrderBy(u => u.Occurrence.StartUtc)
            .ThenBy(u => u.Chat.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The session on <paramref name="date"/> in the user's zone or, without a date, the latest session that has
    /// posts (else the latest one held). Null when no session falls on that date.
    /// </summary>
    public async Task<ChatSessionView?> SessionAsync(
        ChatDefinition chat, DateOnly? date, string userTimeZoneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var schedule = chat.Schedule;
        ChatOccurrence? occurrence;
        IReadOnlyList<ChatPost> posts;
        if (date is { } day)
        {
            var onDay = schedule.OccurrencesOn(day, userTimeZoneId);
            if (onDay.Count == 0)
            {
                return null;
            }

            occurrence = onDay[0];

            var window = SessionWindow.For(occurrence);
            posts = window.Select(await store.PostsAsync(chat, window.From, window.Until, cancellationToken), chat.Hashtags);
        }
        else
        {
            var sessions = await SessionPostsAsync(chat, cancellationToken);
            var latest = sessions.LastOrDefault(s => s.Posts.Count > 0);
            if (latest is null)
            {
                occurrence = schedule.LatestOccurrence(clock.GetUtcNow(), userTimeZoneId);
                if (occurrence is null)
                {
                    return null;
                }

                posts = [];
            }
            else
            {
                occurrence = schedule.OccurrencesBetween(latest.Start, latest.Start.AddTicks(1), userTimeZoneId)[0];
                posts = latest.Posts;
            }
        }

        return new ChatSessionView(chat, occurrence, posts, TranscriptBuilder.Build(posts, chat.Hosts));
    }

    public async Task<ChatStats> StatsAsync(ChatDefinition chat, CancellationToken cancellationToken)
    {
        var sessions = await SessionPostsAsync(chat, cancellationToken);
        var ego = await store.EgoAuthorAsync(cancellationToken);
        return ChatAnalytics.OverTime(ChatKey(chat), sessions.Where(s => s.Posts.Count > 0), ego);
    }

    /// <summary>The core group over every session with posts of every chat in the directory.</summary>
    public async Task<CoreGroupReport> CoreGroupAsync(CoreGroupOptions? options, CancellationToken cancellationToken)
    {
        var sessions = new List<ChatSessionInfo>();
        var attendance = new List<SessionAttendance>();
        var ties = new List<InteractionTie>();
        foreach (var chat in await store.ListAsync(cancellationToken))
        {
            foreach (var session in (await SessionPostsAsync(chat, cancellationToken)).Where(s => s.Posts.Count > 0))
            {
                sessions.Add(new ChatSessionInfo(session.SessionId, session.ChatId, session.Start));
                attendance.AddRange(session.Posts.Select(p => p.Author).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(a => new SessionAttendance(a, session.SessionId)));
                ties.AddRange(Ties(session.Posts));
            }
        }

        return CoreGroupAnalyzer.Analyze(sessions, attendance, ties, await store.EgoAuthorAsync(cancellationToken), options);
    }

    /// <summary>
    /// The answer to post: the A-number is the given question, else the question a session running now is on
    /// (from its posts, else from the clock), else none.
    /// </summary>
    public async Task<ComposedAnswer> AnswerAsync(
        ChatDefinition chat, string text, int? question, Func<string, int> length, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var number = question ?? await CurrentQuestionAsync(chat, cancellationToken);
        return AnswerComposer.Compose(number, chat.Hashtag, text, length, limit);
    }

    public static string ChatKey(ChatDefinition chat) => chat.Id.ToString(CultureInfo.InvariantCulture);

    private async Task<int?> CurrentQuestionAsync(ChatDefinition chat, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var occurrence = chat.Schedule.LatestOccurrence(now, UtcZone);
        if (occurrence is null || now > SessionWindow.For(occurrence).Until)
        {
            return null;
        }

        var window = SessionWindow.For(occurrence);
        var posts = window.Select(await store.PostsAsync(chat, window.From, now, cancellationToken), chat.Hashtags);
        return TranscriptBuilder.Build(posts, chat.Hosts).CurrentQuestion(now) ?? QuestionClock.Estimate(occurrence, now);
    }

    /// <summary>Every session held in the history window (up to now), each with the posts its window selected.</summary>
    public async Task<IReadOnlyList<SessionPosts>> SessionPostsAsync(ChatDefinition chat, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var firstDay = new DateTimeOffset(chat.FirstDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var from = firstDay > now - History ? firstDay : now - History;
        var occurrences = chat.Schedule.OccurrencesBetween(from, now, UtcZone);
        if (occurrences.Count == 0)
        {
            return [];
        }

        var windows = occurrences.Select(SessionWindow.For).ToList();
        var posts = await store.PostsAsync(chat, windows[0].From, windows[^1].Until, cancellationToken);
        var byStart = posts.OrderBy(p => p.PostedAt).ToList();
        var sessions = new List<SessionPosts>(windows.Count);
        var cursor = 0;
        foreach (var window in windows)
        {
            while (cursor < byStart.Count && byStart[cursor].PostedAt < window.From)
            {
                cursor++;
            }

            var selected = new List<ChatPost>();
            for (var i = cursor; i < byStart.Count && byStart[i].PostedAt <= window.Until; i++)
            {
                selected.Add(byStart[i]);
            }

            sessions.Add(new SessionPosts(
                SessionId(chat, window.Start), ChatKey(chat), window.Start, window.Select(selected, chat.Hashtags)));
        }

        return sessions;
    }

    private static string SessionId(ChatDefinition chat, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"{chat.Hashtag}@{start.UtcDateTime:yyyy-MM-ddTHH:mmZ}");

    /// <summary>Replies to a post in the same session, and @mentions of someone who posted in it.</summary>
    private static IEnumerable<InteractionTie> Ties(IReadOnlyList<ChatPost> posts)
    {
        var authorOf = posts.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Author, StringComparer.Ordinal);
        var present = posts.Select(p => p.Author).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var post in posts)
        {
            if (post.ReplyToId is { } target && authorOf.TryGetValue(target, out var to) && !string.Equals(to, post.Author, StringComparison.OrdinalIgnoreCase))
            {
                yield return new InteractionTie(post.Author, to, TieKind.Reply);
            }

            foreach (var mentioned in Mentions(post.Text).Where(present.Contains))
            {
                if (!string.Equals(mentioned, post.Author, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new InteractionTie(post.Author, mentioned, TieKind.Mention);
                }
            }
        }
    }

    private static IEnumerable<string> Mentions(string text)
    {
        for (var i = text.IndexOf('@', StringComparison.Ordinal); i >= 0; i = text.IndexOf('@', i + 1))
        {
            var end = i + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end > i + 1 && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                yield return text[(i + 1)..end];
            }
        }
    }

    private static string NormalizeHandle(string handle) => handle.Trim().TrimStart('@');
}
