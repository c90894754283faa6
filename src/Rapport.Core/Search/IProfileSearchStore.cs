namespace Rapport.Core.Search;

/// <summary>
/// Implemented by the storage with each engine's full-text index (SQLite FTS5, PostgreSQL tsvector),
/// kept in step with every write to identities and posts.
/// </summary>
public interface IProfileSearchStore
{
    Task<IReadOnlyList<ProfileSearchHit>> SearchAsync(ProfileSearchQuery query, CancellationToken cancellationToken);
}
