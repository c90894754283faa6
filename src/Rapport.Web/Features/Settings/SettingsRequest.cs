namespace Rapport.Web.Features.Settings;

/// <summary>The user's IANA time zone (or a Windows id, or an abbreviation such as CET) and how many people a day the queue holds.</summary>
public sealed record SettingsRequest(string? TimeZone, int? DailyCapacity)
{
    public const int MaxDailyCapacity = 500;
}
