using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Chats.Answers;

/// <summary>
/// Which question a live chat is probably on when its posts are not at hand: hosts post Q1 at the start and the
/// next question about every ten minutes. A transcript's <c>CurrentQuestion</c> is better whenever posts exist.
/// </summary>
public static class QuestionClock
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);

    /// <summary>The question number at <paramref name="now"/>, or null before the start or after the end.</summary>
    public static int? Estimate(ChatOccurrence occurrence, DateTimeOffset now, TimeSpan? interval = null)
    {
        var step = interval ?? DefaultInterval;
        if (step <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Questions come at a positive interval.");
        }

        if (now < occurrence.StartUtc || now >= occurrence.EndUtc)
        {
            return null;
        }

        return (int)((now - occurrence.StartUtc).Ticks / step.Ticks) + 1;
    }
}
