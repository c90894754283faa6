namespace Rapport.Core.Connections;

/// <summary>
/// Assembles what the connection engine reads, from the ledger: profiles, posts and replies, touches both
/// ways, shared chats, follows (mutual when other accounts' following lists are known), shared links and
/// fetched sites. Loading many people is set-based: a fixed number of queries whatever their number.
/// </summary>
public interface IConnectionEvidenceSource
{
    /// <summary>The ego's own evidence, or null when no archive named an ego yet.</summary>
    Task<PersonEvidence?> LoadEgoAsync(EvidenceOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// A value that changes whenever what <see cref="LoadEgoAsync"/> would return changes (profile, site, newest
    /// posts and messages) or the ego's facts people are compared against do (chats attended or joined, hashtags
    /// used), read far more cheaply than the evidence itself: what a cached ego is checked against.
    /// </summary>
    Task<string> EgoVersionAsync(EvidenceOptions options, CancellationToken cancellationToken);

    Task<PersonEvidence?> LoadPersonAsync(long personId, EvidenceOptions options, CancellationToken cancellationToken);

    /// <summary>Evidence for many people at once, in the order of <paramref name="personIds"/>; unknown ids are skipped.</summary>
    Task<IReadOnlyList<PersonEvidence>> LoadPeopleAsync(IReadOnlyCollection<long> personIds, EvidenceOptions options, CancellationToken cancellationToken);
}
