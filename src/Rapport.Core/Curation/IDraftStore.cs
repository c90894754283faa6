namespace Rapport.Core.Curation;

public interface IDraftStore
{
    /// <summary>Saves a new draft (its <see cref="CuratedDraft.Id"/> is ignored) and returns it with its id.</summary>
    Task<CuratedDraft> AddAsync(CuratedDraft draft, CancellationToken cancellationToken);

    /// <summary>Replaces a draft's content; false when there is no such draft.</summary>
    Task<bool> UpdateAsync(CuratedDraft draft, CancellationToken cancellationToken);

    Task<CuratedDraft?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Drafts, the most recently changed first.</summary>
    Task<IReadOnlyList<CuratedDraft>> ListAsync(int take, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken);
}
