using Microsoft.EntityFrameworkCore;
using Rapport.Core.Ledger;
using Rapport.Core.Triage;
using Rapport.Storage.Model;

namespace Rapport.Storage.Triage;

internal sealed class TriageStore(IEngine engine) : ITriageStore
{
    private static readonly string LaterDecision = nameof(FollowerDecisionKind.Later);

    public async Task<IReadOnlyList<FollowerCandidate>> ListUndecidedFollowersAsync(
        DateTimeOffset activitySince, int recentPostsEach, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var egoIds = context.Identities.Where(i => i.IsEgo).Select(i => i.Id);
        var followers = context.Follows
            .Where(f => f.Direction == FollowDirection.FollowsEgo && egoIds.Contains(f.EgoIdentityId))
            .Join(context.Identities, f => f.IdentityId, i => i.Id, (f, i) => new { Follow = f, Identity = i })
            .Where(x => !x.Identity.IsEgo
                && !context.Follows.Any(g => g.Direction == FollowDirection.EgoFollows && g.IdentityId == x.Identity.Id && egoIds.Contains(g.EgoIdentityId))
                && !context.Set<FollowerDecisionEntry>().Any(d => d.PersonId == x.Identity.PersonId && d.Decision != LaterDecision));
        var rows = await followers.AsNoTracking()
            .Select(x => new
            {
                x.Identity.Id,
                x.Identity.PersonId,
                x.Identity.Handle,
                x.Identity.DisplayName,
                x.Identity.Bio,
                x.Identity.Location,
                x.Identity.Website,
                x.Follow.FirstSeen,
            })
            .ToListAsync(cancellationToken);

        var identityIds = followers.Select(x => x.Identity.Id);
        var since = activitySince.UtcDateTime;
        var activity = await context.Posts.AsNoTracking()
            .Where(p => identityIds.Contains(p.AuthorIdentityId))
            .GroupBy(p => p.AuthorIdentityId)
            .Select(g => new { Author = g.Key, Last = g.Max(p => p.CreatedAt), Recent = g.Count(p => p.CreatedAt >= since) })
            .ToDictionaryAsync(x => x.Author, cancellationToken);
        var recentPosts = new Dictionary<long, List<string>>();
        var posts = context.Posts.AsNoTracking()
            .Where(p => identityIds.Contains(p.AuthorIdentityId) && p.CreatedAt >= since)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new { p.AuthorIdentityId, p.Text })
            .AsAsyncEnumerable();
        await foreach (var post in posts.WithCancellation(cancellationToken))
        {
            if (!recentPosts.TryGetValue(post.AuthorIdentityId, out var texts))
            {
                recentPosts[post.AuthorIdentityId] = texts = [];
            }

            if (texts.Count < recentPostsEach)
            {
                texts.Add(post.Text);
            }
        }

        var personIds = followers.Select(x => x.Identity.PersonId);
        var touchesIn = await context.Touches.AsNoTracking()
            .Where(t => t.Direction == TouchDirection.In && personIds.Contains(t.PersonId))
            .GroupBy(t => t.PersonId)
            .Select(g => new { Person = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Person, x => x.Count, cancellationToken);
        var later = await context.Set<FollowerDecisionEntry>().AsNoTracking()
            .Where(d => d.Decision == LaterDecision && personIds.Contains(d.PersonId))
            .Select(d => new { d.PersonId, d.DecidedAt })
            .ToDictionaryAsync(d => d.PersonId, d => d.DecidedAt, cancellationToken);

        return
        [
            .. rows.GroupBy(r => r.PersonId).Select(g => g.OrderBy(r => r.Id).First()).Select(r =>
            {
                var stats = activity.GetValueOrDefault(r.Id);
                return new FollowerCandidate
                {
                    PersonId = r.PersonId,
                    IdentityId = r.Id,
                    Handle = r.Handle,
                    DisplayName = r.DisplayName,
                    Bio = r.Bio,
                    Location = r.Location,
                    Website = r.Website,
                    FollowingSince = Utc(r.FirstSeen),
                    LastPostAt = stats is null ? null : Utc(stats.Last),
                    RecentPostCount = stats?.Recent ?? 0,
                    RecentPosts = recentPosts.GetValueOrDefault(r.Id) ?? [],
                    TouchesIn = touchesIn.GetValueOrDefault(r.PersonId),
                    DecidedLaterAt = later.TryGetValue(r.PersonId, out var laterAt) ? Utc(laterAt) : null,
                };
            }),
        ];
    }

    public async Task<StoredTriageRule> AddRuleAsync(string text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = new TriageRuleEntry { Text = text, CreatedAt = at.UtcDateTime };
        context.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return new StoredTriageRule(row.Id, row.Text, Utc(row.CreatedAt));
    }

    public async Task<IReadOnlyList<StoredTriageRule>> ListRulesAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.Set<TriageRuleEntry>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredTriageRule(r.Id, r.Text, Utc(r.CreatedAt)))];
    }

    public async Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await context.Set<TriageRuleEntry>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task SaveDecisionAsync(FollowerDecision decision, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = await context.Set<FollowerDecisionEntry>().FirstOrDefaultAsync(d => d.PersonId == decision.PersonId, cancellationToken);
        if (row is null)
        {
            row = new FollowerDecisionEntry { PersonId = decision.PersonId, Decision = decision.Kind.ToString() };
            context.Add(row);
        }

        row.Decision = decision.Kind.ToString();
        row.RuleId = decision.RuleId;
        row.DecidedAt = decision.DecidedAt.UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FollowerDecision>> ListDecisionsAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.Set<FollowerDecisionEntry>().AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(d => new FollowerDecision(
                d.PersonId,
                Enum.TryParse<FollowerDecisionKind>(d.Decision, out var kind) ? kind : FollowerDecisionKind.Dismissed,
                d.RuleId,
                Utc(d.DecidedAt))),
        ];
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
