using System.Globalization;

namespace Rapport.Core.Cadence;

/// <summary>
/// Why a person is in the queue, in words: "monthly, last touch 41 days ago: you replied to their post
/// about cold brew". Days are counted between local dates, as due dates are.
/// </summary>
public static class DueReason
{
    public static string Write(CadenceSummary person, DueDate due, DateOnly today, TimeZoneInfo zone)
    {
        var text = new System.Text.StringBuilder(person.Cadence.Tier.Name);
        if (person.Cadence.Source == CadenceSource.List)
        {
            text.Append(" (list \"").Append(person.Cadence.ListName).Append("\")");
        }

        if (person.LastQualifyingTouch is { } last)
        {
            var days = today.DayNumber - UserCalendar.LocalDate(last.At, zone).DayNumber;
            text.Append(", last touch ")
                .Append(last.IsTimeEstimated ? "about " : string.Empty)
                .Append(Ago(days))
                .Append(": ")
                .Append(TouchDescriptions.Describe(last));
        }
        else
        {
            var days = today.DayNumber - UserCalendar.LocalDate(person.Cadence.Since, zone).DayNumber;
            text.Append(", never touched; cadence set ").Append(Ago(days));
        }

        if (due.Deferral is { } deferral && due.IsDeferred)
        {
            text.Append(deferral.Kind == DeferralKind.Snooze ? "; snoozed until " : "; skipped to ")
                .Append(deferral.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (deferral.Reason is not null)
            {
                text.Append(" (").Append(TouchDescriptions.OneLine(deferral.Reason)).Append(')');
            }
        }

        return text.ToString();
    }

    private static string Ago(int days) => days switch
    {
        < 0 => string.Create(CultureInfo.InvariantCulture, $"in {-days} days"),
        0 => "today",
        1 => "1 day ago",
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
    };
}
