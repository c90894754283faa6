namespace Rapport.Core.Cadence;

public sealed record TodayQueueOptions
{
    public const int MaxHorizonDays = 366;

    /// <summary>How many people the user means to reach in a day.</summary>
    public int DailyCapacity { get; init; } = 15;

    /// <summary>How many days ahead the plan spreads people; someone who fits in none of them is counted, not listed.</summary>
    public int HorizonDays { get; init; } = 14;

    /// <summary>How many of the people planned after today the queue lists under "next".</summary>
    public int NextLimit { get; init; } = 30;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(DailyCapacity, 1, nameof(DailyCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(HorizonDays, 1, nameof(HorizonDays));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HorizonDays, MaxHorizonDays, nameof(HorizonDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(NextLimit, 0, nameof(NextLimit));
    }
}
