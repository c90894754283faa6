using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>
/// One atomic, idempotent import into the ledger. Records may arrive in any order and more than once;
/// nothing is visible to readers until <see cref="CommitAsync"/>, and disposing an uncommitted session
/// leaves the ledger exactly as it was.
/// </summary>
public interface ILedgerImportSession : IAsyncDisposable
{
    ValueTask SetEgoAsync(EgoProfile ego, CancellationToken cancellationToken);

    /// <summary>
    /// Records added from now on were true at <paramref name="observedAt"/> instead of the session's
    /// <see cref="ImportSessionOptions.ObservedAt"/>: for a source whose parts were retrieved at different times.
    /// Parts should be added oldest first, so that a profile's history runs forward.
    /// </summary>
    void ObserveAt(DateTimeOffset observedAt);

    ValueTask AddProfileAsync(ProfileRecord profile, CancellationToken cancellationToken);

    ValueTask AddPostAsync(PostRecord post, CancellationToken cancellationToken);

    ValueTask AddFollowAsync(FollowRecord follow, CancellationToken cancellationToken);

    ValueTask AddLikeAsync(LikeRecord like, CancellationToken cancellationToken);

    ValueTask AddDirectMessageAsync(DirectMessageRecord message, CancellationToken cancellationToken);

    ValueTask AddListMembershipAsync(ListMembershipRecord membership, CancellationToken cancellationToken);

    ValueTask AddTouchAsync(TouchRecord touch, CancellationToken cancellationToken);

    Task<ImportSummary> CommitAsync(CancellationToken cancellationToken);
}
