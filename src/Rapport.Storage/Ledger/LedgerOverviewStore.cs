using Microsoft.EntityFrameworkCore;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Ledger;

internal sealed class LedgerOverviewStore(IEngine engine) : ILedgerOverviewStore
{
    public async Task<LedgerOverview> GetOverviewAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var ego = await context.Identities.AsNoTracking().Where(i => i.IsEgo).OrderBy(i => i.Id)
            .Select(i => i.Handle).FirstOrDefaultAsync(cancellationToken);
        return new LedgerOverview(
            ego,
            await context.People.CountAsync(p => !p.IsEgo, cancellationToken),
            await context.Posts.CountAsync(cancellationToken),
            await context.Follows.CountAsync(f => f.Direction == FollowDirection.FollowsEgo, cancellationToken),
            await context.Follows.CountAsync(f => f.Direction == FollowDirection.EgoFollows, cancellationToken),
            await context.Likes.CountAsync(cancellationToken),
            await context.DirectMessages.CountAsync(cancellationToken),
            await context.Touches.CountAsync(cancellationToken),
            await context.ContactLists.CountAsync(cancellationToken));
    }
}
