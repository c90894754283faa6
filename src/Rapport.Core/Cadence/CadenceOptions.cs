namespace Rapport.Core.Cadence;

/// <summary>The "Cadence" configuration section.</summary>
public sealed class CadenceOptions
{
    public const string Section = "Cadence";

    /// <summary>The user's IANA time zone, in which days, due dates and "today" are counted.</summary>
    public string TimeZone { get; set; } = "Etc/UTC";

    public int DailyCapacity { get; set; } = 15;

    public int HorizonDays { get; set; } = 14;

    public int NextLimit { get; set; } = 30;

    public TodayQueueOptions ToQueueOptions() =>
        new() { DailyCapacity = DailyCapacity, HorizonDays = HorizonDays, NextLimit = NextLimit };
}
