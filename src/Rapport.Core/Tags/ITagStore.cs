namespace Rapport.Core.Tags;

/// <summary>
/// Implemented by the storage: free-form labels on people ("investor", "met-at-rustconf"). Tags match
/// case-insensitively and keep the spelling they were first given; see <see cref="TagName"/> for what a
/// tag may hold.
/// </summary>
public interface ITagStore
{
    /// <summary>Adds tags to a person; returns those the person did not have yet.</summary>
    /// <exception cref="ArgumentException">A text cannot be a new tag (see <see cref="TagName.Normalize"/>: no semicolons, among others).</exception>
    Task<IReadOnlyList<string>> AddAsync(long personId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    /// <summary>
    /// Removes tags from a person; returns those the person had. A tag made before semicolons were refused
    /// can be named here with its semicolons.
    /// </summary>
    Task<IReadOnlyList<string>> RemoveAsync(long personId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    /// <summary>A person's tags, in order of name.</summary>
    Task<IReadOnlyList<string>> ListAsync(long personId, CancellationToken cancellationToken);

    /// <summary>Of the given tags, those no one carries, as given (an indexed look-up per tag).</summary>
    /// <exception cref="ArgumentException">A text cannot be a tag (see <see cref="TagName.Normalize"/>).</exception>
    Task<IReadOnlyList<string>> FindUnusedAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    /// <summary>Every tag in use with how many people carry it, in order of name.</summary>
    Task<IReadOnlyList<TagUse>> ListAllAsync(CancellationToken cancellationToken);
}
