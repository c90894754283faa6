using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Notes;
using Rapport.Storage.Model;

namespace Rapport.Storage.Notes;

internal sealed class NoteStore(IEngine engine, TimeProvider time) : INoteStore
{
    public async Task<PersonNote> AddAsync(long personId, string markdown, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(markdown) || markdown.Length > PersonNote.MaxLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A note is 1 to {PersonNote.MaxLength} characters."), nameof(markdown));
        }

        await using var context = engine.CreateContext();
        var now = time.GetUtcNow().UtcDateTime;
        var row = new Note { PersonId = personId, Body = markdown.Trim(), CreatedAt = now, UpdatedAt = now };
        context.Notes.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return ToNote(row);
    }

    public async Task<IReadOnlyList<PersonNote>> ListAsync(long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.Notes.AsNoTracking()
            .Where(n => n.PersonId == personId)
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToNote)];
    }

    private static PersonNote ToNote(Note row) => new(row.Id, row.PersonId, row.Body, new DateTimeOffset(row.CreatedAt));
}
