namespace Rapport.Web.Features.Settings;

/// <summary>
/// The settings in force, what is saved for the next start (when it differs), the tiers, and the address of
/// the calendar feed.
/// </summary>
public sealed record SettingsView(
    string TimeZone,
    int DailyCapacity,
    string? SavedTimeZone,
    int? SavedDailyCapacity,
    string SettingsFile,
    IReadOnlyList<TierView> Tiers,
    string CalendarFeedPath)
{
    public bool RestartNeeded =>
        (SavedTimeZone is not null && !string.Equals(SavedTimeZone, TimeZone, StringComparison.Ordinal))
        || (SavedDailyCapacity is not null && SavedDailyCapacity != DailyCapacity);
}
