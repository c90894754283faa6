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

    ValueTask AddProfileAsync(ProfileRecord profile, CancellationToken cancellationToken);

    ValueTask AddPostAsync(PostRecord post, CancellationToken cancellationToken);

    ValueTask AddFollowAsync(FollowRecord follow, CancellationToken cancellationToken);

    ValueTask AddLikeAsync(LikeRecord like, CancellationToken cancellationToken);

    ValueTask AddDirectMessageAsync(DirectMessageRecord message, CancellationToken cancellationToken);

    ValueTask AddListMembershipAsync(ListMembershipRecord membership, CancellationToken cancellationToken);

    ValueTask AddTouchAsync(TouchRecord touch, CancellationToken cancellationToken);

    Task<ImportSummary> CommitAsync(CancellationToken cancellationToken);
}
