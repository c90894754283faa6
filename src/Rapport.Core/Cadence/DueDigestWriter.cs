using System.Globalization;

namespace Rapport.Core.Cadence;

/// <summary>The Today queue as plain text, for an email or a terminal: today's people, then the days after.</summary>
public static class DueDigestWriter
{
    public static void Write(TodayQueue queue, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Keep in touch, {queue.Date:dddd d MMMM yyyy}"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Today ({queue.Today.Count} of {queue.DueCount} due):"));
        if (queue.Today.Count == 0)
        {
            output.WriteLine("  no one is due.");
        }

        var number = 0;
        foreach (var entry in queue.Today)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {++number,2}. {OneLine(entry.Name)}: {entry.Reason}"));
        }

        DateOnly? day = null;
        foreach (var entry in queue.Next)
        {
            if (day != entry.PlannedFor)
            {
                day = entry.PlannedFor;
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Next, {entry.PlannedFor:ddd d MMM}:"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  - {OneLine(entry.Name)}: {entry.Reason}"));
        }

        if (queue.BeyondHorizon > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queue.BeyondHorizon} more are due but found no free day in the plan."));
        }
    }

    private static string OneLine(string text) => TouchDescriptions.OneLine(text);
}
