using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

internal sealed class TouchLog(IEngine engine, DueCacheBuilder cache, TimeProvider time) : ITouchLog
{
    public const int MaxNoteLength = 2000;

    public async Task<TouchEntry> LogAsync(long personId, TouchChannel channel, string? note, DateTimeOffset at, TouchDirection direction, CancellationToken cancellationToken)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A touch note is at most {MaxNoteLength} characters."), nameof(note));
        }

        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = new Touch
        {
            PersonId = personId,
            Channel = channel,
            Direction = direction,
            Visibility = channel is TouchChannel.Reply or TouchChannel.Mention or TouchChannel.Quote or TouchChannel.Repost
                ? TouchVisibility.Public
                : TouchVisibility.Private,
            OccurredAt = at.UtcDateTime,
            SourceRef = "manual:" + Guid.NewGuid().ToString("N"),
            Note = trimmed,
            RecordedAt = time.GetUtcNow().UtcDateTime,
        };
        await cache.LogTouchAsync(context, row, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TouchEntry(row.Id, row.Channel, row.Direction, row.Visibility, at, false, row.SourceRef, row.Note);
    }
}
