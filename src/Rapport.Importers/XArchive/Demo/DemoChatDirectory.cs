using Rapport.Core.Chats;

namespace Rapport.Importers.XArchive.Demo;

/// <summary>The demo's weekly chats as directory entries: the ego co-hosts #blogchat with a regular and attends them all; a regular hosts each other one.</summary>
internal static class DemoChatDirectory
{
    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        ["blogchat"] = "Blogging: writing, publishing and promoting posts",
        ["contentchat"] = "Content marketing and calendars",
        ["photohour"] = "Photography: share this week's photo",
    };

    public static IReadOnlyList<ChatDefinition> For(DemoArchive demo, DemoChatCrowds crowds) =>
        [.. DemoVocabulary.Chats.Select(chat => new ChatDefinition
        {
            Name = "#" + chat.Hashtag,
            Hashtags = [chat.Hashtag],
            Hosts = chat.Hashtag == "blogchat" ? [demo.Ego.Handle, crowds.Regulars[chat.Hashtag][0].Handle] : [crowds.Regulars[chat.Hashtag][0].Handle],
            Topic = Topics.GetValueOrDefault(chat.Hashtag),
            RecurrenceRule = "FREQ=WEEKLY;BYDAY=" + chat.Day.ToString()[..2].ToUpperInvariant(),
            TimeZoneId = chat.TimeZone,
            FirstDate = FirstOnOrAfter(DateOnly.FromDateTime((demo.Settings.End - demo.Settings.Span).UtcDateTime), chat.Day),
            StartTime = new TimeOnly(chat.LocalHour, 0),
            Duration = TimeSpan.FromHours(1),
            Attending = true,
        })];

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
