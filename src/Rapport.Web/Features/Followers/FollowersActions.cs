using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rapport.Core.Connections;
using Rapport.Core.Contacts;
using Rapport.Core.Triage;
using Rapport.Web.Features.People;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Followers;

/// <summary>
/// Follower triage and its rules for the pages and <c>/api/followers</c>: followers not followed back ranked by
/// <see cref="TriageService"/>, each with the evidence of their strongest connection point; decisions kept by
/// the triage store; rules added only when they parse, planned in a preview and applied only as previewed.
/// </summary>
public sealed class FollowersActions(TriageService triage, ConnectionService connections, IContactStore contacts)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public async Task<Outcome<FollowersPage>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [string.Create(CultureInfo.InvariantCulture, $"A page holds from 1 to {MaxPageSize} followers.")];
        }
        else if (page < 1 || (long)page * pageSize > TriageOptions.MaxLimit)
        {
            errors["page"] = [string.Create(CultureInfo.InvariantCulture, $"Triage shows the best {TriageOptions.MaxLimit} followers: the page is from 1 to {TriageOptions.MaxLimit / pageSize}.")];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<FollowersPage>(errors);
        }

        // Triage ranks every undecided follower each time; a page is a window on that order.
        var report = await triage.GetAsync(new TriageOptions { Limit = page * pageSize }, cancellationToken);
        var entries = report.Entries.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var ranked = entries.Count == 0
            ? []
            : (await connections.RankAsync([.. entries.Select(e => e.Follower.PersonId)], cancellationToken)).ToDictionary(r => r.PersonId);
        var followers = entries
            .Select(e => new FollowerView(
                e.Follower.PersonId,
                e.Follower.Handle,
                NameOf(e.Follower),
                e.Follower.Bio,
                e.Follower.Location,
                e.Score,
                e.Strength,
                e.Activity,
                e.Follower.LastPostAt,
                e.Follower.RecentPostCount,
                ranked.TryGetValue(e.Follower.PersonId, out var connection) ? Strongest(connection.Points) : null,
                e.Reasons,
                PersonView.PathOf(e.Follower.PersonId, e.Follower.Handle),
                e.Follower.DecidedLaterAt))
            .ToList();
        var hasMore = page * pageSize < report.InTriage && (page + 1) * pageSize <= TriageOptions.MaxLimit;
        return Outcome.Ok(new FollowersPage(page, pageSize, report.Undecided, hasMore, followers, report.RuleProblems) { Later = report.Later });
    }

    public async Task<Outcome<FollowerDecided>> DecideAsync(long personId, FollowerDecisionRequest request, CancellationToken cancellationToken)
    {
        FollowerDecisionKind? kind = request.Decision?.Trim().ToUpperInvariant() switch
        {
            "FOLLOWBACK" or "FOLLOW-BACK" or "FOLLOWEDBACK" => FollowerDecisionKind.FollowedBack,
            "DISMISS" or "DISMISSED" => FollowerDecisionKind.Dismissed,
            "LATER" => FollowerDecisionKind.Later,
            _ => null,
        };
        if (kind is not { } decision)
        {
            return Outcome.Invalid<FollowerDecided>("decision", "Decide followBack, dismiss or later.");
        }

        if (await contacts.FindByIdAsync(personId, cancellationToken) is null)
        {
            return Outcome.Missing<FollowerDecided>(string.Create(CultureInfo.InvariantCulture, $"No one with id {personId} is in the ledger."));
        }

        await triage.DecideAsync(personId, decision, cancellationToken);
        return Outcome.Ok(new FollowerDecided(personId, decision));
    }

    public Task<IReadOnlyList<StoredTriageRule>> ListRulesAsync(CancellationToken cancellationToken) => triage.ListRulesAsync(cancellationToken);

    public async Task<Outcome<StoredTriageRule>> AddRuleAsync(RuleRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return Outcome.Ok(await triage.AddRuleAsync(request.Text ?? string.Empty, cancellationToken));
        }
        catch (RuleParseException error)
        {
            return Outcome.Invalid<StoredTriageRule>("text", "The rule does not read: " + error.Message + ".");
        }
    }

    public async Task<Outcome<long>> RemoveRuleAsync(long id, CancellationToken cancellationToken) =>
        await triage.RemoveRuleAsync(id, cancellationToken)
            ? Outcome.Ok(id)
            : Outcome.Missing<long>(string.Create(CultureInfo.InvariantCulture, $"There is no rule {id}."));

    public async Task<RulePlanView> PreviewAsync(CancellationToken cancellationToken) => View(await PlanAsync(cancellationToken));

    /// <summary>Applies the rules if they still plan what the user previewed; otherwise nothing changes.</summary>
    public async Task<Outcome<TriageApplyResult>> ApplyAsync(ApplyRulesRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Plan))
        {
            return Outcome.Invalid<TriageApplyResult>("plan", "Preview the rules first: applying needs the plan the preview showed.");
        }

        var report = await PlanAsync(cancellationToken);
        var view = View(report);
        if (view.People.Count == 0)
        {
            return Outcome.Invalid<TriageApplyResult>("plan", "The rules plan nothing for anyone: there is nothing to apply.");
        }

        if (!string.Equals(view.Plan, request.Plan.Trim(), StringComparison.Ordinal))
        {
            return Outcome.Invalid<TriageApplyResult>("plan", "The plan changed since the preview (a rule, a follower or a decision): preview again.");
        }

        return Outcome.Ok(await triage.ApplyAsync(report, cancellationToken));
    }

    private async Task<TriageReport> PlanAsync(CancellationToken cancellationToken)
    {
        // Triage adds everyone a rule acts on beyond the limit, so the smallest limit plans for all of them.
        var report = await triage.GetAsync(new TriageOptions { Limit = 1, ApplyRules = true }, cancellationToken);
        return report with { Entries = [.. report.Entries.Where(e => e.Actions.Count > 0)] };
    }

    private static RulePlanView View(TriageReport report)
    {
        var people = report.Entries
            .Select(e => new PlannedFollowerView(
                e.Follower.PersonId,
                e.Follower.Handle,
                NameOf(e.Follower),
                PersonView.PathOf(e.Follower.PersonId, e.Follower.Handle),
                [.. e.Actions.Select(a => new PlannedActionView(a.RuleId, a.RuleText, a.Action.Kind, a.Action.Argument, a.Action.Describe()))]))
            .ToList();
        return new RulePlanView(Fingerprint(people), people, report.RuleProblems);
    }

    private static string Fingerprint(IReadOnlyList<PlannedFollowerView> people)
    {
        var text = new StringBuilder();
        foreach (var person in people.OrderBy(p => p.PersonId))
        {
            foreach (var action in person.Actions)
            {
                text.Append(CultureInfo.InvariantCulture, $"{person.PersonId}\t{action.RuleId}\t{action.Kind}\t{action.Argument}\n");
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private static FollowerEvidenceView? Strongest(IReadOnlyList<ConnectionPoint> points)
    {
        foreach (var point in points)
        {
            var evidence = point.Evidence.FirstOrDefault(e => !e.FromEgo) ?? (point.Evidence.Count > 0 ? point.Evidence[0] : null);
            if (evidence is not null)
            {
                return new FollowerEvidenceView(point.Id, point.Kind, point.Label, evidence.Source, evidence.Phrase, evidence.Link, evidence.At);
            }
        }

        return null;
    }

    private static string NameOf(FollowerCandidate follower) =>
        !string.IsNullOrWhiteSpace(follower.DisplayName) ? follower.DisplayName
        : follower.Handle is { } handle ? "@" + handle
        : string.Create(CultureInfo.InvariantCulture, $"Person {follower.PersonId}");
}
