using Rapport.Core.Profiles;

namespace Rapport.Core.Search;

/// <summary>Compares two accounts' follower or following sets when the ledger holds both.</summary>
public sealed class FollowOverlapService(IFollowGraphStore graph)
{
    public const int MaxSample = 100;

    public async Task<FollowOverlap> CompareAsync(string a, string b, FollowListKind kind, int sampleSize, CancellationToken cancellationToken)
    {
        var first = await RequireAsync(a, kind, cancellationToken);
        var second = await RequireAsync(b, kind, cancellationToken);
        var shared = first.IdentityIds.Where(second.IdentityIds.Contains).ToList();
        var union = first.IdentityIds.Count + second.IdentityIds.Count - shared.Count;
        var handles = await graph.HandlesAsync(shared, cancellationToken);
        var sample = handles.Values
            .Where(handle => handle is not null)
            .Select(handle => handle!)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Take(Math.Clamp(sampleSize, 0, MaxSample))
            .ToList();
        return new FollowOverlap(
            first.Handle,
            second.Handle,
            kind,
            first.IdentityIds.Count,
            second.IdentityIds.Count,
            shared.Count,
            union,
            union == 0 ? 0 : (double)shared.Count / union,
            sample);
    }

    private async Task<AccountFollowSet> RequireAsync(string account, FollowListKind kind, CancellationToken cancellationToken)
    {
        var set = await graph.GetAsync(account, kind, cancellationToken)
            ?? throw new SearchQueryException($"No account '{account}' is in the ledger.");
        if (!set.IsKnown)
        {
            var which = kind == FollowListKind.Followers ? "followers" : "followings";
            throw new SearchQueryException(
                $"The {which} of @{set.Handle ?? account} are not known: import their list first (rapport import x-users FILE --of {set.Handle ?? account} --relation {(kind == FollowListKind.Followers ? "followers" : "following")}).");
        }

        return set;
    }
}
