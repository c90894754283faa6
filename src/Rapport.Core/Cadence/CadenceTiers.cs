using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// The tiers every workspace starts with. They count only touches out (the practice is the user reaching
/// out; a message received and left unanswered does not keep a relationship) and never a like (too light
/// to be keeping in touch). "close" counts only private conversations: DMs, chats and logged ones.
/// </summary>
public static class CadenceTiers
{
    private static readonly TouchKindFilter OutgoingExceptLikes = TouchKindFilter.Create(
        channels: Enum.GetValues<TouchChannel>().Where(c => c != TouchChannel.Like),
        directions: [TouchDirection.Out]);

    private static readonly TouchKindFilter PrivateConversations = TouchKindFilter.Create(
        channels: [TouchChannel.DirectMessage, TouchChannel.Chat, TouchChannel.Manual],
        directions: [TouchDirection.Out]);

    public static CadenceTier Close { get; } = new("close", CadenceInterval.EveryTwoWeeks, PrivateConversations);

    public static CadenceTier Weekly { get; } = new("weekly", CadenceInterval.Weekly, OutgoingExceptLikes);

    public static CadenceTier EveryTwoWeeks { get; } = new("every two weeks", CadenceInterval.EveryTwoWeeks, OutgoingExceptLikes);

    public static CadenceTier Monthly { get; } = new("monthly", CadenceInterval.Monthly, OutgoingExceptLikes);

    public static CadenceTier Quarterly { get; } = new("quarterly", CadenceInterval.Quarterly, OutgoingExceptLikes);

    public static CadenceTier Yearly { get; } = new("yearly", CadenceInterval.Yearly, OutgoingExceptLikes);

    public static IReadOnlyList<CadenceTier> BuiltIn { get; } = [Close, Weekly, EveryTwoWeeks, Monthly, Quarterly, Yearly];

    /// <summary>A tier for any number of days, counting what the standard tiers count.</summary>
    public static CadenceTier EveryDays(int days) => new($"every {days} days", CadenceInterval.Days(days), OutgoingExceptLikes);

    /// <summary>Finds a tier by name among <paramref name="tiers"/> (case-insensitive), or makes one from an interval such as "10d".</summary>
    public static CadenceTier? Find(string? name, IEnumerable<CadenceTier>? tiers = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        var known = (tiers ?? BuiltIn).FirstOrDefault(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        if (!CadenceInterval.TryParse(trimmed, out var interval))
        {
            return null;
        }

        return (tiers ?? BuiltIn).FirstOrDefault(t => t.Interval == interval && t.Counts == OutgoingExceptLikes)
            ?? new CadenceTier(interval.ToString(), interval, OutgoingExceptLikes);
    }
}
