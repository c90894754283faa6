using System.Globalization;

namespace Rapport.Core.Cadence;

/// <summary>
/// How long after a qualifying touch a person is due again. Days are calendar days in the user's time
/// zone, not 24-hour spans, so a week is the same weekday whatever daylight saving did in between.
/// Months are calendar months clamped at month end: a touch on 31 January is due on the last day of
/// February, and on 29 February a yearly cadence comes due on 28 February of a common year. Each due date
/// is counted from the last touch, never chained from an earlier due date, so clamping never drifts.
/// </summary>
public readonly record struct CadenceInterval
{
    public const int MaxDays = 3660;
    public const int MaxMonths = 120;

    /// <summary>The mean Gregorian month, used only to compare and rank intervals of different units.</summary>
    private const double DaysPerMonth = 30.436875;

    private CadenceInterval(CadenceUnit unit, int count)
    {
        Unit = unit;
        Count = count;
    }

    public static CadenceInterval Weekly => Days(7);

    public static CadenceInterval EveryTwoWeeks => Days(14);

    public static CadenceInterval Monthly => Months(1);

    public static CadenceInterval Quarterly => Months(3);

    public static CadenceInterval Yearly => Months(12);

    public CadenceUnit Unit { get; }

    public int Count { get; }

    public double ApproximateDays => Unit == CadenceUnit.Days ? Count : Count * DaysPerMonth;

    public static CadenceInterval Days(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxDays);
        return new CadenceInterval(CadenceUnit.Days, count);
    }

    public static CadenceInterval Months(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxMonths);
        return new CadenceInterval(CadenceUnit.Months, count);
    }

    /// <summary>The date <paramref name="times"/> intervals after <paramref name="date"/>, counted from that date in one step.</summary>
    public DateOnly After(DateOnly date, int times = 1) =>
        Unit == CadenceUnit.Days ? date.AddDays(Count * times) : date.AddMonths(Count * times);

    /// <summary>Shorter first; equal lengths in different units compare by their approximate length.</summary>
    public int CompareLength(CadenceInterval other) => ApproximateDays.CompareTo(other.ApproximateDays);

    /// <summary>
    /// Reads "weekly", "every two weeks" (or "biweekly", "fortnightly"), "monthly", "quarterly", "yearly",
    /// "N days", "Nd", "Nw", "Nm", "every N days|weeks|months".
    /// </summary>
    public static bool TryParse(string? text, out CadenceInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var words = text.Trim().ToLowerInvariant();
        switch (words)
        {
            case "weekly":
                interval = Weekly;
                return true;
            case "biweekly" or "fortnightly" or "every two weeks" or "every 2 weeks":
                interval = EveryTwoWeeks;
                return true;
            case "monthly":
                interval = Monthly;
                return true;
            case "quarterly":
                interval = Quarterly;
                return true;
            case "yearly" or "annually":
                interval = Yearly;
                return true;
        }

        if (words.StartsWith("every ", StringComparison.Ordinal))
        {
            words = words["every ".Length..].TrimStart();
        }

        var digits = 0;
        while (digits < words.Length && char.IsAsciiDigit(words[digits]))
        {
            digits++;
        }

        if (digits == 0 || !int.TryParse(words.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return false;
        }

        var unit = words[digits..].Trim();
        (CadenceUnit Unit, int Multiplier)? parsed = unit switch
        {
            "d" or "day" or "days" => (CadenceUnit.Days, 1),
            "w" or "week" or "weeks" => (CadenceUnit.Days, 7),
            "m" or "month" or "months" => (CadenceUnit.Months, 1),
            "y" or "year" or "years" => (CadenceUnit.Months, 12),
            _ => null,
        };
        if (parsed is not { } found || (long)count * found.Multiplier > (found.Unit == CadenceUnit.Days ? MaxDays : MaxMonths))
        {
            return false;
        }

        interval = found.Unit == CadenceUnit.Days ? Days(count * found.Multiplier) : Months(count * found.Multiplier);
        return true;
    }

    public override string ToString() => (Unit, Count) switch
    {
        (CadenceUnit.Days, 7) => "weekly",
        (CadenceUnit.Days, 14) => "every two weeks",
        (CadenceUnit.Days, 1) => "daily",
        (CadenceUnit.Days, var days) => string.Create(CultureInfo.InvariantCulture, $"every {days} days"),
        (CadenceUnit.Months, 1) => "monthly",
        (CadenceUnit.Months, 3) => "quarterly",
        (CadenceUnit.Months, 12) => "yearly",
        (_, var months) => string.Create(CultureInfo.InvariantCulture, $"every {months} months"),
    };
}
