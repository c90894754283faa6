namespace Rapport.Core.Insights;

/// <summary>Weeks as ISO 8601 counts them: Monday to Sunday.</summary>
public static class IsoWeeks
{
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
