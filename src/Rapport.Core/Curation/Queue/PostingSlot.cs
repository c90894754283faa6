using NodaTime;
using NodaTime.Text;

namespace Rapport.Core.Curation.Queue;

/// <summary>One weekly posting time in the user's zone, such as "Mon 09:00": its wall-clock time stays put across daylight saving.</summary>
public sealed record PostingSlot(IsoDayOfWeek Day, LocalTime Time)
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Reads a plan such as "Mon 09:00, Wed 12:30, Fri 17:45" (day names in English, three letters or whole).</summary>
    /// <exception cref="FormatException">A slot is not a day and an HH:mm time; the message names it.</exception>
    public static IReadOnlyList<PostingSlot> ParsePlan(string plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var slots = plan.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse)
            .Distinct()
            .OrderBy(slot => slot.Day)
            .ThenBy(slot => slot.Time)
            .ToList();
        return slots.Count == 0
            ? throw new FormatException("A slot plan needs at least one slot, such as \"Mon 09:00,Wed 12:30\".")
            : slots;
    }

    public static PostingSlot Parse(string text)
    {
        var parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        const string Shape = "a slot is a day and a 24-hour time, such as \"Mon 09:00\"";
        if (parts.Length != 2)
        {
            throw new FormatException($"'{text}' is not a slot: {Shape}.");
        }

        var name = parts[0].TrimEnd('.');
        var index = name.Length >= 3 ? Array.FindIndex(DayNames, day => day.StartsWith(name, StringComparison.OrdinalIgnoreCase)) : -1;
        if (index < 0)
        {
            throw new FormatException($"'{parts[0]}' is not a day of the week: {Shape}.");
        }

        var time = TimePattern.Parse(parts[1].Length == 4 ? "0" + parts[1] : parts[1]);
        return time.Success ? new PostingSlot((IsoDayOfWeek)(index + 1), time.Value) : throw new FormatException($"'{parts[1]}' is not a time: {Shape}.");
    }

    public override string ToString() => DayNames[(int)Day - 1][..3] + " " + TimePattern.Format(Time);
}
