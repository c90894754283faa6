using Microsoft.EntityFrameworkCore;
using Rapport.Core.Ledger;
using Rapport.Core.Profiles;
using Rapport.Core.Search;

namespace Rapport.Storage.Search;

/// <summary>
/// Follow edges are stored from their owner's side (the account whose list was imported); an account's
/// followers are the edges its own lists name plus the edges of other accounts' following lists naming it.
/// </summary>
internal sealed class FollowGraphStore(IEngine engine) : IFollowGraphStore
{
    public async Task<AccountFollowSet?> GetAsync(string handleOrId, FollowListKind kind, CancellationToken cancellationToken)
    {
        var value = handleOrId.Trim();
        await using var context = engine.CreateContext();
        var identities = context.Identities.AsNoTracking().Where(i => i.Network == SocialNetwork.X);
        if (value.Length > 0 && value.All(char.IsAsciiDigit))
        {
            identities = identities.Where(i => i.ExternalId == value);
        }
        else
        {
            var key = value.TrimStart('@').ToLowerInvariant();
            identities = identities.Where(i => i.HandleKey == key);
        }

        var account = await identities.OrderByDescending(i => i.IsEgo).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Handle })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        // Followers: its own list says "follows me", or another's list says "I follow it"; following mirrors that.
        var ownDirection = kind == FollowListKind.Followers ? FollowDirection.FollowsEgo : FollowDirection.EgoFollows;
        var otherDirection = kind == FollowListKind.Followers ? FollowDirection.EgoFollows : FollowDirection.FollowsEgo;
        var own = await context.Follows.AsNoTracking()
            .Where(f => f.EgoIdentityId == account.Id && f.Direction == ownDirection)
            .Select(f => f.IdentityId)
            .ToListAsync(cancellationToken);
        var others = await context.Follows.AsNoTracking()
            .Where(f => f.IdentityId == account.Id && f.Direction == otherDirection)
            .Select(f => f.EgoIdentityId)
            .ToListAsync(cancellationToken);
        var set = new HashSet<long>(own);
        set.UnionWith(others);
        return new AccountFollowSet(account.Id, account.Handle, kind, own.Count > 0, set);
    }

    public async Task<IReadOnlyDictionary<long, string?>> HandlesAsync(IReadOnlyCollection<long> identityIds, CancellationToken cancellationToken)
    {
        var handles = new Dictionary<long, string?>();
        await using var context = engine.CreateContext();
        foreach (var chunk in identityIds.Chunk(500))
        {
            var rows = await context.Identities.AsNoTracking()
                .Where(i => chunk.Contains(i.Id))
                .Select(i => new { i.Id, i.Handle })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                handles[row.Id] = row.Handle;
            }
        }

        return handles;
    }
}
