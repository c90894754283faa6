using Rapport.Core.Triage;

namespace Rapport.Core.Tests.Triage;

public sealed class KeywordOverlapScorerTests
{
    [Fact]
    public async Task Shared_words_raise_the_score_and_each_reason_quotes_where_the_follower_said_it()
    {
        var store = new EgoOnlyStore(new EgoText("Coffee, trail running and #rust", ["Long run before the espresso"]));
        var scorer = new KeywordOverlapScorer(store);
        FollowerCandidate[] followers =
        [
            new() { PersonId = 1, IdentityId = 1, Bio = "Barista. Coffee nerd, trail runner" },
            new() { PersonId = 2, IdentityId = 2, Bio = "Crypto moon soon" },
            new() { PersonId = 3, IdentityId = 3, Bio = "Writes Rust", RecentPosts = ["espresso at dawn"], TouchesIn = 2 },
        ];

        var scores = await scorer.ScoreAsync(followers, CancellationToken.None);

        Assert.True(scores[1].Score > scores[2].Score);
        Assert.Equal(0, scores[2].Score);
        Assert.Empty(scores[2].Reasons);
        Assert.Contains(scores[1].Reasons, r => r.Contains("\"coffee\"", StringComparison.Ordinal) && r.Contains("Coffee nerd", StringComparison.Ordinal));
        Assert.Contains(scores[3].Reasons, r => r.Contains("their post", StringComparison.Ordinal) && r.Contains("espresso at dawn", StringComparison.Ordinal));
        Assert.Contains(scores[3].Reasons, r => r.Contains("engaged with you 2", StringComparison.Ordinal));
    }

    private sealed class EgoOnlyStore(EgoText ego) : ITriageStore
    {
        public Task<EgoText?> GetEgoTextAsync(int posts, CancellationToken cancellationToken) => Task.FromResult<EgoText?>(ego);

        public Task<IReadOnlyList<FollowerCandidate>> ListUndecidedFollowersAsync(DateTimeOffset activitySince, int recentPostsEach, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<StoredTriageRule> AddRuleAsync(string text, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<StoredTriageRule>> ListRulesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveDecisionAsync(FollowerDecision decision, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<FollowerDecision>> ListDecisionsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
