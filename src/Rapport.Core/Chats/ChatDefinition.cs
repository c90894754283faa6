using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Chats;

/// <summary>
/// A chat in the user's directory: a recurring event, not just a hashtag. <see cref="Hashtags"/> hold the tags
/// without '#' (the first one is the chat's own), <see cref="Hosts"/> the hosts' handles without '@'.
/// </summary>
public sealed record ChatDefinition
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Hashtags { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public string? Topic { get; init; }

    public string? Description { get; init; }

    /// <summary>An iCalendar RRULE without the "RRULE:" prefix.</summary>
    public required string RecurrenceRule { get; init; }

    /// <summary>The IANA zone the chat's wall-clock time is fixed in.</summary>
    public required string TimeZoneId { get; init; }

    public required DateOnly FirstDate { get; init; }

    public required TimeOnly StartTime { get; init; }

    public required TimeSpan Duration { get; init; }

    public bool Attending { get; init; }

    public string Hashtag => Hashtags[0];

    public ChatSchedule Schedule => new(RecurrenceRule, TimeZoneId, FirstDate, StartTime, Duration);
}
