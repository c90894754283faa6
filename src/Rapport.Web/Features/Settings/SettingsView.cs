namespace Rapport.Web.Features.Settings;

/// <summary>
/// The settings in force (<see cref="TimeZone"/>, <see cref="DailyCapacity"/>: what pages use from the next
/// request), what the Today queue and due dates were started with (they follow a change from the next start),
/// what settings.json holds (a command-line value outranks it), the tiers, and the calendar feed's address.
/// </summary>
public sealed record SettingsView(
    string TimeZone,
    int DailyCapacity,
    string QueueTimeZone,
    int QueueDailyCapacity,
    string? SavedTimeZone,
    int? SavedDailyCapacity,
    string SettingsFile,
    IReadOnlyList<TierView> Tiers,
    string CalendarFeedPath)
{
    /// <summary>The Today queue and due dates still use the values Rapport started with.</summary>
    public bool RestartNeeded =>
        !string.Equals(QueueTimeZone, TimeZone, StringComparison.Ordinal) || QueueDailyCapacity != DailyCapacity;

    /// <summary>settings.json says otherwise, but a value given on the command line outranks it.</summary>
    public bool SavedOverridden =>
        (SavedTimeZone is not null && !string.Equals(SavedTimeZone, TimeZone, StringComparison.Ordinal))
        || (SavedDailyCapacity is not null && SavedDailyCapacity != DailyCapacity);
}
