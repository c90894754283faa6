using Rapport.Core.Ledger;

namespace Rapport.Web.Features.People;

public sealed record TouchView(long Id, TouchChannel Channel, TouchDirection Direction, TouchVisibility Visibility, DateTimeOffset At, bool Estimated, string? Note)
{
    public static TouchView From(TouchEntry touch) =>
        new(touch.Id, touch.Channel, touch.Direction, touch.Visibility, touch.OccurredAt, touch.IsTimeEstimated, touch.Note);
}
