namespace Rapport.Web.Features.Settings;

/// <summary>
/// The settings in force (<see cref="TimeZone"/>, <see cref="DailyCapacity"/>: what every page and the Today
/// queue use from the next request), what settings.json holds (a command-line value outranks it), the tiers,
/// and the calendar feed's address.
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
    /// <summary>settings.json says otherwise, but a value given on the command line outranks it.</summary>
    public bool SavedOverridden =>
        (SavedTimeZone is not null && !string.Equals(SavedTimeZone, TimeZone, StringComparison.Ordinal))
        || (SavedDailyCapacity is not null && SavedDailyCapacity != DailyCapacity);
}
