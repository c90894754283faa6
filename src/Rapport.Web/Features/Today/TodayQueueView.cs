using Rapport.Core.Cadence;

namespace Rapport.Web.Features.Today;

/// <summary>The queue as the API gives it: today's people, then the next days' (the overflow first).</summary>
public sealed record TodayQueueView(DateOnly Date, int DueCount, int BeyondHorizon, IReadOnlyList<DueEntryView> Today, IReadOnlyList<DueEntryView> Next)
{
    public static TodayQueueView From(TodayQueue queue) => new(
        queue.Date, queue.DueCount, queue.BeyondHorizon, [.. queue.Today.Select(DueEntryView.From)], [.. queue.Next.Select(DueEntryView.From)]);
}
