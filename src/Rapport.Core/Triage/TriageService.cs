using Microsoft.Extensions.Logging;
using Rapport.Core.Cadence;
using Rapport.Core.Lists;
using Rapport.Core.Tags;

namespace Rapport.Core.Triage;

/// <summary>
/// Follower triage: who follows the ego and is not followed back, ranked by connection strength and recent
/// activity; the user's rules planned as a preview and applied only when asked; decisions remembered.
/// </summary>
public sealed class TriageService(
    ITriageStore store,
    IFollowerStrengthScorer scorer,
    IContactListStore lists,
    ICadenceSettingsStore cadences,
    ITagStore tags,
    TimeProvider clock,
    ILogger<TriageService> logger)
{
    private const int RecentPostsEach = 20;
    private const double StrengthWeight = 0.7;
    private const double ActivityWeight = 0.3;

    public async Task<TriageReport> GetAsync(TriageOptions options, CancellationToken cancellationToken)
    {
        if (options.Limit is < 1 or > TriageOptions.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"The limit must be 1 to {TriageOptions.MaxLimit}.");
        }

        var now = clock.GetUtcNow();
        var followers = await store.ListUndecidedFollowersAsync(now.AddDays(-options.ActivityWindowDays), RecentPostsEach, cancellationToken);
        var strengths = await scorer.ScoreAsync(followers, cancellationToken);
        var problems = new List<string>();
        var rules = new List<(StoredTriageRule Stored, TriageRule Parsed)>();
        if (options.ApplyRules)
        {
            foreach (var stored in await store.ListRulesAsync(cancellationToken))
            {
                try
                {
                    rules.Add((stored, TriageRuleParser.Parse(stored.Text)));
                }
                catch (RuleParseException error)
                {
                    problems.Add($"rule {stored.Id}: {error.Message}");
                }
            }
        }

        var entries = followers
            .Select(follower =>
            {
                var strength = strengths.GetValueOrDefault(follower.PersonId) ?? new FollowerStrength(0, []);
                var activity = Activity(follower, now, options.ActivityWindowDays);
                var actions = rules
                    .Where(rule => TriageRuleMatcher.Matches(rule.Parsed, follower, strength.Interests))
                    .SelectMany(rule => rule.Parsed.Actions.Select(action => new PlannedAction(rule.Stored.Id, rule.Stored.Text, action)))
                    .ToList();
                var reasons = strength.Reasons.ToList();
                if (follower.LastPostAt is { } last)
                {
                    reasons.Add($"last posted {last:yyyy-MM-dd}, {follower.RecentPostCount} post(s) in {options.ActivityWindowDays} days");
                }

                var score = (StrengthWeight * strength.Score) + (ActivityWeight * activity);
                return new TriageEntry(follower, score, strength.Score, activity, reasons, actions);
            })
            // Put off for later means after everyone still undecided, in the usual order among themselves.
            .OrderBy(e => e.Follower.DecidedLaterAt is not null)
            .ThenByDescending(e => e.Score)
            .ThenByDescending(e => e.Follower.LastPostAt ?? DateTimeOffset.MinValue)
            .ThenBy(e => e.Follower.PersonId)
            .ToList();

        // A person a rule acts on is part of the preview even when they rank below the limit.
        var shown = entries.Take(options.Limit).ToList();
        shown.AddRange(entries.Skip(options.Limit).Where(e => e.Actions.Count > 0));
        var later = followers.Count(f => f.DecidedLaterAt is not null);
        return new TriageReport(followers.Count - later, shown, problems) { Later = later };
    }

    /// <summary>Carries out the planned actions of a preview through the list, cadence and tag stores, and remembers them.</summary>
    public async Task<TriageApplyResult> ApplyAsync(TriageReport preview, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tiers = await cadences.ListTiersAsync(cancellationToken);
        int people = 0, listAdditions = 0, cadencesSet = 0, dismissed = 0, tagsAdded = 0;
        var problems = new List<string>();
        foreach (var entry in preview.Entries.Where(e => e.Actions.Count > 0))
        {
            var personId = entry.Follower.PersonId;
            var acted = false;
            long? ruleId = null;
            var isDismissed = false;
            foreach (var planned in entry.Actions)
            {
                switch (planned.Action.Kind)
                {
                    case RuleActionKind.AddToList:
                        var list = await lists.FindAsync(planned.Action.Argument!, cancellationToken)
                            ?? await lists.CreateAsync(planned.Action.Argument!, cancellationToken);
                        if (list.IsReadOnly)
                        {
                            problems.Add($"rule {planned.RuleId}: the list \"{list.Name}\" comes from a network and cannot be changed");
                            continue;
                        }

                        if (await lists.AddMemberAsync(list.Id, personId, cancellationToken))
                        {
                            listAdditions++;
                        }

                        break;
                    case RuleActionKind.SetCadence:
                        var tier = CadenceTiers.Find(planned.Action.Argument, tiers);
                        if (tier is null)
                        {
                            problems.Add($"rule {planned.RuleId}: \"{planned.Action.Argument}\" is not a cadence (try monthly, weekly or 10d)");
                            continue;
                        }

                        await cadences.SetPersonCadenceAsync(personId, new PersonCadence(tier, now), cancellationToken);
                        cadencesSet++;
                        break;
                    case RuleActionKind.Tag:
                        tagsAdded += (await tags.AddAsync(personId, [planned.Action.Argument!], cancellationToken)).Count;
                        break;
                    case RuleActionKind.Dismiss:
                        isDismissed = true;
                        dismissed++;
                        break;
                    default:
                        // A suggestion is shown, not carried out: following back happens on the network.
                        continue;
                }

                acted = true;
                ruleId ??= planned.RuleId;
            }

            if (acted)
            {
                people++;
                await store.SaveDecisionAsync(
                    new FollowerDecision(personId, isDismissed ? FollowerDecisionKind.Dismissed : FollowerDecisionKind.ActionedByRule, ruleId, now),
                    cancellationToken);
            }
        }

        logger.LogInformation("Applied triage rules to {People} people", people);
        return new TriageApplyResult(people, listAdditions, cadencesSet, dismissed, problems) { TagsAdded = tagsAdded };
    }

    public Task DecideAsync(long personId, FollowerDecisionKind kind, CancellationToken cancellationToken) =>
        store.SaveDecisionAsync(new FollowerDecision(personId, kind, null, clock.GetUtcNow()), cancellationToken);

    public async Task<StoredTriageRule> AddRuleAsync(string text, CancellationToken cancellationToken)
    {
        TriageRuleParser.Parse(text);
        return await store.AddRuleAsync(text.Trim(), clock.GetUtcNow(), cancellationToken);
    }

    public Task<IReadOnlyList<StoredTriageRule>> ListRulesAsync(CancellationToken cancellationToken) => store.ListRulesAsync(cancellationToken);

    public Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken) => store.RemoveRuleAsync(id, cancellationToken);

    /// <summary>0 to 1: how many posts in the window (ten or more is full marks), fading with the days since the last.</summary>
    private static double Activity(FollowerCandidate follower, DateTimeOffset now, int windowDays)
    {
        if (follower.LastPostAt is not { } last)
        {
            return 0;
        }

        var days = Math.Max(0, (now - last).TotalDays);
        var recency = Math.Exp(-days / Math.Max(1, windowDays / 3.0));
        return recency * (0.5 + (0.5 * Math.Min(1.0, follower.RecentPostCount / 10.0)));
    }
}
