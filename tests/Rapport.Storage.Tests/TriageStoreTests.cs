using Rapport.Core.Cadence;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Profiles;
using Rapport.Core.Tags;
using Rapport.Core.Triage;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class TriageStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Followers_who_share_the_egos_interests_rank_first_and_rules_apply_only_after_the_preview(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var recent = database.Clock.GetUtcNow().AddDays(-2);
        await ImportScenario.RunAsync(
            database,
            Records.Ego(),
            posts:
            [
                Records.Original("700", author: "1000", text: "Morning espresso and a long community walk"),
                new PostRecord { ExternalId = "701", AuthorExternalId = "13", CreatedAt = recent, Text = "Shipping a crypto token today", Kind = PostKind.Original },
            ],
            follows:
            [
                new FollowRecord("11", FollowDirection.FollowsEgo),
                new FollowRecord("12", FollowDirection.FollowsEgo),
                new FollowRecord("13", FollowDirection.FollowsEgo),
                new FollowRecord("14", FollowDirection.FollowsEgo),
                new FollowRecord("14", FollowDirection.EgoFollows),
            ]);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "[" + string.Join(",",
                ProfilesSearchStoreTests.User("11", "ana", "Ana", "Coffee roaster, community builder, espresso nerd", "Lisbon"),
                ProfilesSearchStoreTests.User("12", "bob", "Bob", "Coffee drinker", null),
                ProfilesSearchStoreTests.User("13", "cy", "Cy", "Crypto maximalist", null),
                ProfilesSearchStoreTests.User("14", "di", "Di", "Coffee too, followed back already", null)) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
        var triage = database.Get<TriageService>();

        var plain = await triage.GetAsync(new TriageOptions(), None);
        Assert.Equal(3, plain.Undecided);
        Assert.Equal(["ana", "bob", "cy"], plain.Entries.Select(e => e.Follower.Handle));
        Assert.True(plain.Entries[0].Strength > plain.Entries[2].Strength, string.Join(" | ", plain.Entries.SelectMany(e => e.Reasons)));
        Assert.Contains(plain.Entries[0].Reasons, r => r.Contains("their bio", StringComparison.Ordinal));
        Assert.True(plain.Entries[2].Activity > 0);
        Assert.All(plain.Entries, e => Assert.Empty(e.Actions));

        var rule = await triage.AddRuleAsync("bio mentions coffee -> suggest follow back, add to list Coffee people, cadence monthly", None);
        await triage.AddRuleAsync("bio mentions crypto -> dismiss", None);
        var preview = await triage.GetAsync(new TriageOptions { ApplyRules = true }, None);
        Assert.Equal(
            ["suggest follow back", "add to list \"Coffee people\"", "set cadence monthly"],
            preview.Entries[0].Actions.Select(a => a.Action.Describe()));
        Assert.True(preview.Entries[0].SuggestedFollowBack);
        Assert.Equal(rule.Id, preview.Entries[0].Actions[0].RuleId);
        Assert.Null(await database.Get<IContactListStore>().FindAsync("Coffee people", None));

        var applied = await triage.ApplyAsync(preview, None);

        Assert.Equal((3, 2, 2, 1), (applied.People, applied.ListAdditions, applied.CadencesSet, applied.Dismissed));
        var list = (await database.Get<IContactListStore>().FindAsync("Coffee people", None))!;
        Assert.Equal(2, list.Members);
        var ana = preview.Entries[0].Follower.PersonId;
        Assert.Equal("monthly", (await database.Get<ICadenceSettingsStore>().GetInputsAsync(ana, None))!.Own!.Tier!.Name);
        var decisions = await database.Get<ITriageStore>().ListDecisionsAsync(None);
        Assert.Contains(decisions, d => d.PersonId == ana && d.Kind == FollowerDecisionKind.ActionedByRule && d.RuleId == rule.Id);
        Assert.Contains(decisions, d => d.Kind == FollowerDecisionKind.Dismissed);

        // Decided people are not suggested again.
        Assert.Empty((await triage.GetAsync(new TriageOptions { ApplyRules = true }, None)).Entries);
        Assert.True(await triage.RemoveRuleAsync(rule.Id, None));
        Assert.False(await triage.RemoveRuleAsync(rule.Id, None));
        Assert.Single(await triage.ListRulesAsync(None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_decision_by_hand_is_remembered_and_replaces_an_earlier_one(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), follows: [new FollowRecord("11", FollowDirection.FollowsEgo), new FollowRecord("12", FollowDirection.FollowsEgo)]);
        var triage = database.Get<TriageService>();
        var before = await triage.GetAsync(new TriageOptions(), None);
        var first = before.Entries[0].Follower.PersonId;

        await triage.DecideAsync(first, FollowerDecisionKind.Dismissed, None);
        await triage.DecideAsync(first, FollowerDecisionKind.FollowedBack, None);

        var after = await triage.GetAsync(new TriageOptions(), None);
        Assert.Equal(1, after.Undecided);
        Assert.DoesNotContain(after.Entries, e => e.Follower.PersonId == first);
        var decision = Assert.Single(await database.Get<ITriageStore>().ListDecisionsAsync(None));
        Assert.Equal(FollowerDecisionKind.FollowedBack, decision.Kind);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_tag_rule_is_previewed_then_tags_everyone_it_matches_with_the_other_actions_in_one_batch(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(
            database,
            Records.Ego(),
            follows: [new FollowRecord("11", FollowDirection.FollowsEgo), new FollowRecord("12", FollowDirection.FollowsEgo), new FollowRecord("13", FollowDirection.FollowsEgo)]);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "[" + string.Join(",",
                ProfilesSearchStoreTests.User("11", "ana", "Ana", "Coffee roaster and espresso nerd", "Lisbon"),
                ProfilesSearchStoreTests.User("12", "bob", "Bob", "☕ first, then code", null),
                ProfilesSearchStoreTests.User("13", "cy", "Cy", "Tea only", null)) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
        var tags = database.Get<ITagStore>();
        var triage = database.Get<TriageService>();
        var ana = (await triage.GetAsync(new TriageOptions(), None)).Entries.Single(e => e.Follower.Handle == "ana").Follower.PersonId;
        await tags.AddAsync(ana, ["Coffee-People"], None);
        var rule = await triage.AddRuleAsync("bio mentions coffee or ☕ -> tag coffee-people, add tag #regulars, add to list Coffee people", None);

        var preview = await triage.GetAsync(new TriageOptions { ApplyRules = true }, None);

        var acted = preview.Entries.Where(e => e.Actions.Count > 0).OrderBy(e => e.Follower.Handle, StringComparer.Ordinal).ToList();
        Assert.Equal(["ana", "bob"], acted.Select(e => e.Follower.Handle));
        Assert.Equal(["tag \"coffee-people\"", "tag \"regulars\"", "add to list \"Coffee people\""], acted[1].Actions.Select(a => a.Action.Describe()));
        Assert.Equal(["Coffee-People"], await tags.ListAsync(ana, None));

        var applied = await triage.ApplyAsync(preview, None);

        // Ana carried the first tag already (in another spelling): only her second is new.
        Assert.Equal((2, 3, 2), (applied.People, applied.TagsAdded, applied.ListAdditions));
        Assert.Equal(["Coffee-People", "regulars"], await tags.ListAsync(ana, None));
        var bob = acted[1].Follower.PersonId;
        // A tag keeps the spelling it was first given, whoever carries it.
        Assert.Equal(["Coffee-People", "regulars"], await tags.ListAsync(bob, None));
        var decisions = await database.Get<ITriageStore>().ListDecisionsAsync(None);
        Assert.Equal(2, decisions.Count(d => d.Kind == FollowerDecisionKind.ActionedByRule && d.RuleId == rule.Id));

        // Remembered: the rule stays, and the people it acted on are not offered to it again.
        Assert.Contains(await triage.ListRulesAsync(None), r => r.Id == rule.Id);
        var again = await triage.GetAsync(new TriageOptions { ApplyRules = true }, None);
        Assert.Equal(["cy"], again.Entries.Select(e => e.Follower.Handle));
        Assert.Empty(again.Entries[0].Actions);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Followers_put_off_for_later_rank_after_the_undecided_in_their_usual_order_until_a_decision_replaces_it(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(
            database,
            Records.Ego(),
            follows: [new FollowRecord("11", FollowDirection.FollowsEgo), new FollowRecord("12", FollowDirection.FollowsEgo), new FollowRecord("13", FollowDirection.FollowsEgo)]);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "[" + string.Join(",",
                ProfilesSearchStoreTests.User("11", "ana", "Ana", "Coffee roaster, community builder, espresso nerd", "Lisbon"),
                ProfilesSearchStoreTests.User("12", "bob", "Bob", "Coffee drinker", null),
                ProfilesSearchStoreTests.User("13", "cy", "Cy", "Crypto maximalist", null)) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
        var triage = database.Get<TriageService>();
        var usual = (await triage.GetAsync(new TriageOptions(), None)).Entries.Select(e => e.Follower).ToList();
        Assert.Equal(["ana", "bob", "cy"], usual.Select(f => f.Handle));
        Assert.All(usual, f => Assert.Null(f.DecidedLaterAt));

        await triage.DecideAsync(usual[1].PersonId, FollowerDecisionKind.Later, None);
        await triage.DecideAsync(usual[0].PersonId, FollowerDecisionKind.Later, None);

        var deferred = await triage.GetAsync(new TriageOptions(), None);
        Assert.Equal(["cy", "ana", "bob"], deferred.Entries.Select(e => e.Follower.Handle));
        Assert.Equal((1, 2, 3), (deferred.Undecided, deferred.Later, deferred.InTriage));
        Assert.Null(deferred.Entries[0].Follower.DecidedLaterAt);
        Assert.Equal(database.Clock.GetUtcNow(), deferred.Entries[1].Follower.DecidedLaterAt);
        Assert.Equal(["cy"], (await triage.GetAsync(new TriageOptions { Limit = 1 }, None)).Entries.Select(e => e.Follower.Handle));

        // A rule batch still acts on someone put off for later, and its decision replaces the later one.
        var rule = await triage.AddRuleAsync("bio mentions roaster -> tag roasters", None);
        var preview = await triage.GetAsync(new TriageOptions { ApplyRules = true, Limit = 1 }, None);
        Assert.Equal(["cy", "ana"], preview.Entries.Select(e => e.Follower.Handle));
        Assert.Equal(1, (await triage.ApplyAsync(preview, None)).People);

        await triage.DecideAsync(usual[1].PersonId, FollowerDecisionKind.Dismissed, None);

        var after = await triage.GetAsync(new TriageOptions(), None);
        Assert.Equal(["cy"], after.Entries.Select(e => e.Follower.Handle));
        Assert.Equal((1, 0), (after.Undecided, after.Later));
        var decisions = await database.Get<ITriageStore>().ListDecisionsAsync(None);
        Assert.Equal(2, decisions.Count);
        Assert.Contains(decisions, d => d.PersonId == usual[0].PersonId && d.Kind == FollowerDecisionKind.ActionedByRule && d.RuleId == rule.Id);
        Assert.Contains(decisions, d => d.PersonId == usual[1].PersonId && d.Kind == FollowerDecisionKind.Dismissed);
    }
}
