using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Contacts;
using Rapport.Core.Triage;
using Spectre.Console;

namespace Rapport.Cli.Triage;

/// <summary><c>rapport followers triage|decide</c> and <c>rapport rules add|list|remove</c>.</summary>
internal static class TriageCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime)
    {
        var followers = new Command("followers", "People who follow you");
        followers.Subcommands.Add(CreateTriage(runtime));
        followers.Subcommands.Add(CreateDecide(runtime));
        var rules = new Command("rules", "Your follower triage rules, e.g. \"bio mentions coffee -> suggest follow back, add to list Coffee people, tag coffee-people\"");
        rules.Subcommands.Add(CreateRuleAdd(runtime));
        rules.Subcommands.Add(CreateRuleList(runtime));
        rules.Subcommands.Add(CreateRuleRemove(runtime));
        return [followers, rules];
    }

    private static Command CreateTriage(CliRuntime runtime)
    {
        var limit = new Option<int>("--limit") { Description = "Show at most this many followers (1-1000)", DefaultValueFactory = _ => 25 };
        var applyRules = new Option<bool>("--apply-rules") { Description = "Preview what your rules would do to each follower" };
        var yes = new Option<bool>("--yes") { Description = "With --apply-rules: carry the previewed actions out" };
        var command = new Command("triage", "Followers you do not follow back, the best connections first") { limit, applyRules, yes };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                if (parse.GetValue(yes) && !parse.GetValue(applyRules))
                {
                    throw new CliException("--yes carries out the rules' actions: use it with --apply-rules.", ExitCodes.Usage);
                }

                if (parse.GetValue(limit) is < 1 or > TriageOptions.MaxLimit)
                {
                    throw new CliException($"--limit must be 1 to {TriageOptions.MaxLimit}.", ExitCodes.Usage);
                }

                var service = context.Get<TriageService>();
                var report = await service.GetAsync(new TriageOptions { Limit = parse.GetValue(limit), ApplyRules = parse.GetValue(applyRules) }, ct);
                TriageApplyResult? applied = null;
                if (parse.GetValue(applyRules) && parse.GetValue(yes))
                {
                    applied = await service.ApplyAsync(report, ct);
                }

                foreach (var problem in report.RuleProblems)
                {
                    runtime.Error.WriteLine("warning: " + problem + " (skipped)");
                }

                if (context.Json)
                {
                    context.WriteJson(new { report.Undecided, report.Later, followers = report.Entries.Select(ToJson), applied });
                    return ExitCodes.Ok;
                }

                Render(context.Console, report, parse.GetValue(applyRules), applied);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateDecide(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The follower's handle" };
        var decision = new Argument<string>("DECISION")
        {
            Description = "follow (you followed them back), dismiss, or later (keep them in triage, after everyone undecided)",
        };
        decision.AcceptOnlyFromAmong("follow", "dismiss", "later");
        var command = new Command("decide", "Remember what you decided about a follower; follow and dismiss take them out of triage, later moves them to its end") { handle, decision };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var name = parse.GetValue(handle)!;
                var person = await context.Get<IContactStore>().FindByHandleAsync(name, ct)
                    ?? throw new CliException($"No one with the handle '{name}' is in the ledger.", ExitCodes.NotFound);
                var kind = parse.GetValue(decision) switch
                {
                    "follow" => FollowerDecisionKind.FollowedBack,
                    "later" => FollowerDecisionKind.Later,
                    _ => FollowerDecisionKind.Dismissed,
                };
                await context.Get<TriageService>().DecideAsync(person.PersonId, kind, ct);
                if (context.Json)
                {
                    context.WriteJson(new { personId = person.PersonId, decision = kind });
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text(kind == FollowerDecisionKind.Later
                        ? $"Noted: later for {name}. Triage keeps them, after everyone undecided, until you decide."
                        : $"Noted: {kind} for {name}. Triage will not suggest them again."));
                    context.Console.WriteLine();
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateRuleAdd(CliRuntime runtime)
    {
        var text = new Argument<string>("RULE") { Description = "CONDITIONS -> ACTIONS, e.g. \"bio mentions coffee -> suggest follow back, add to list Coffee people, cadence monthly\"" };
        var command = new Command("add", "Add a rule (see docs/triage-rules.md for the language)") { text };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                StoredTriageRule rule;
                try
                {
                    rule = await context.Get<TriageService>().AddRuleAsync(parse.GetValue(text)!, ct);
                }
                catch (RuleParseException error)
                {
                    throw new CliException("the rule does not parse: " + error.Message, ExitCodes.Usage);
                }

                if (context.Json)
                {
                    context.WriteJson(rule);
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text($"Rule {rule.Id} added: {rule.Text}"));
                    context.Console.WriteLine();
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateRuleList(CliRuntime runtime)
    {
        var command = new Command("list", "List your rules");
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var rules = await context.Get<TriageService>().ListRulesAsync(ct);
                if (context.Json)
                {
                    context.WriteJson(rules);
                    return ExitCodes.Ok;
                }

                if (rules.Count == 0)
                {
                    context.Console.WriteLine("No rules yet: rapport rules add \"bio mentions coffee -> suggest follow back\"");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Id", "Rule", "Added");
                foreach (var rule in rules)
                {
                    table.AddRow(
                        ContactsCommands.Text(rule.Id.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(rule.Text),
                        ContactsCommands.Text(rule.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateRuleRemove(CliRuntime runtime)
    {
        var id = new Argument<long>("ID") { Description = "The rule's id (rapport rules list)" };
        var command = new Command("remove", "Remove a rule") { id };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var ruleId = parse.GetValue(id);
                if (!await context.Get<TriageService>().RemoveRuleAsync(ruleId, ct))
                {
                    throw new CliException($"There is no rule {ruleId}.", ExitCodes.NotFound);
                }

                if (context.Json)
                {
                    context.WriteJson(new { removed = ruleId });
                }
                else
                {
                    context.Console.WriteLine($"Rule {ruleId.ToString(CultureInfo.InvariantCulture)} removed.");
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static object ToJson(TriageEntry entry) => new
    {
        entry.Follower.PersonId,
        entry.Follower.Handle,
        entry.Follower.DisplayName,
        entry.Follower.Bio,
        entry.Follower.Location,
        entry.Follower.LastPostAt,
        entry.Follower.RecentPostCount,
        entry.Follower.DecidedLaterAt,
        Score = Math.Round(entry.Score, 4),
        Strength = Math.Round(entry.Strength, 4),
        Activity = Math.Round(entry.Activity, 4),
        entry.Reasons,
        entry.SuggestedFollowBack,
        Actions = entry.Actions.Select(a => new { a.RuleId, action = a.Action.Describe() }),
    };

    private static IEnumerable<string> LaterMark(FollowerCandidate follower) =>
        follower.DecidedLaterAt is { } at ? [string.Create(CultureInfo.InvariantCulture, $"decided later on {at:yyyy-MM-dd}")] : [];

    private static void Render(IAnsiConsole console, TriageReport report, bool withRules, TriageApplyResult? applied)
    {
        if (report.Entries.Count == 0)
        {
            console.WriteLine("No followers to triage: everyone who follows you is followed back or decided on.");
            return;
        }

        var table = new Table().AddColumns("#", "Handle", "Score", "Why", withRules ? "Rules would" : "Bio");
        var rank = 0;
        foreach (var entry in report.Entries)
        {
            rank++;
            table.AddRow(
                ContactsCommands.Text(rank.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text("@" + entry.Follower.Handle),
                ContactsCommands.Text(entry.Score.ToString("0.00", CultureInfo.InvariantCulture)),
                ContactsCommands.Text(string.Join("; ", LaterMark(entry.Follower).Concat(entry.Reasons.Take(3)))),
                ContactsCommands.Text(withRules
                    ? string.Join(", ", entry.Actions.Select(a => $"{a.Action.Describe()} (rule {a.RuleId})"))
                    : entry.Follower.Bio));
        }

        console.Write(table);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Entries.Count} shown of {report.InTriage} followers you do not follow back ({report.Later} decided later)."));
        if (applied is not null)
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Applied to {applied.People} people: {applied.ListAdditions} list additions, {applied.CadencesSet} cadences set, {applied.TagsAdded} tags added, {applied.Dismissed} dismissed."));
            foreach (var problem in applied.Problems)
            {
                console.Write(ContactsCommands.Text("warning: " + problem));
                console.WriteLine();
            }
        }
        else if (withRules && report.Entries.Any(e => e.Actions.Count > 0))
        {
            console.WriteLine("This is a preview: nothing changed. Run again with --yes to carry it out.");
        }
    }
}
