namespace Rapport.Core.Notes;

/// <summary>Implemented by the storage: dated Markdown notes on a person.</summary>
public interface INoteStore
{
    Task<PersonNote> AddAsync(long personId, string markdown, CancellationToken cancellationToken);

    /// <summary>The person's notes, newest first.</summary>
    Task<IReadOnlyList<PersonNote>> ListAsync(long personId, CancellationToken cancellationToken);
}
