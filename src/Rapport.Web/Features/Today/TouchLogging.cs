using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Today;

/// <summary>
/// Logging a touch by hand, validated the same way for the Today page, a person's page and the API: a kind
/// the ledger knows, a bounded note, and a time that is not in the future.
/// </summary>
public sealed class TouchLogging(TodayQueueService queue, ITouchLog touches, ICadenceDueIndex dueIndex)
{
    public async Task<Outcome<LoggedTouch>> LogAsync(long personId, LogTouchRequest request, CancellationToken cancellationToken)
    {
        var calendar = queue.Calendar;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var channel = TouchKinds.Parse(request.Kind);
        if (channel is null)
        {
            errors["kind"] = [$"'{request.Kind}' is not a touch kind: use dm, reply, mention, quote, repost, chat or manual."];
        }

        if (request.Note is { Length: > LogTouchRequest.MaxNoteLength })
        {
            errors["note"] = [string.Create(CultureInfo.InvariantCulture, $"A touch note is at most {LogTouchRequest.MaxNoteLength} characters.")];
        }

        var at = calendar.Now;
        if (!string.IsNullOrWhiteSpace(request.At))
        {
            if (TryParseInstant(request.At, calendar) is { } parsed)
            {
                at = parsed;
            }
            else
            {
                errors["at"] = [$"'{request.At}' is not a date: use yyyy-MM-dd or an ISO 8601 time."];
            }
        }

        if (at > calendar.Now)
        {
            errors["at"] = ["A touch cannot be in the future."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<LoggedTouch>(errors);
        }

        var logged = await touches.LogAsync(personId, channel!.Value, request.Note, at, cancellationToken);
        var summary = await dueIndex.FindAsync(personId, cancellationToken);
        DateOnly? next = summary is null
            ? null
            : DueCalculator.Compute(summary.Cadence, summary.LastQualifyingTouch, summary.Deferral, calendar.Zone).Date;
        return Outcome.Ok<LoggedTouch>(new LoggedTouch(personId, logged, next));
    }

    private static DateTimeOffset? TryParseInstant(string text, UserCalendar calendar)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return calendar.StartOf(date);
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }
}
