using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Profiles;
using Rapport.Core.Search;
using Spectre.Console;

namespace Rapport.Cli.Search;

/// <summary><c>rapport search TEXT</c> and <c>rapport overlap A B</c>.</summary>
internal static class SearchCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime) => [CreateSearch(runtime), CreateOverlap(runtime)];

    private static Command CreateSearch(CliRuntime runtime)
    {
        var text = new Argument<string?>("TEXT")
        {
            Description = "Words to find in bios, names, handles, locations and posts: \"a phrase\", OR, -exclude (optional with --interest)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<string?>("--list") { Description = "Only people on this list", HelpName = "LIST" };
        var followsBack = new Option<bool>("--follows-back") { Description = "Only mutual follows: you follow them and they follow you" };
        var followsMe = new Option<bool>("--follows-me") { Description = "Only people who follow you" };
        var location = new Option<string?>("--location") { Description = "Only people whose location contains this", HelpName = "TEXT" };
        var interest = new Option<string?>("--interest")
        {
            Description = "Only people whose profile or posts signal this interest: a topic of the taxonomy (coffee, craft beer), one of its words (espresso, ☕) or an IAB category (Pets); searched as all its terms",
            HelpName = "INTEREST",
        };
        var profilesOnly = new Option<bool>("--profiles-only") { Description = "Search profiles only, not posts" };
        var limit = new Option<int>("--limit") { Description = "At most this many people (1-500)", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search everyone the ledger knows by the words in their bios, names, locations and posts")
        {
            text, list, followsBack, followsMe, location, interest, profilesOnly, limit,
        };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var request = new ProfileSearchRequest(parse.GetValue(text) ?? string.Empty)
                {
                    ListName = parse.GetValue(list),
                    Follows = parse.GetValue(followsBack) ? FollowFilter.FollowsBack
                        : parse.GetValue(followsMe) ? FollowFilter.FollowsMe
                        : FollowFilter.Anyone,
                    Location = parse.GetValue(location),
                    Interest = parse.GetValue(interest),
                    IncludePosts = !parse.GetValue(profilesOnly),
                    Limit = parse.GetValue(limit),
                };
                var service = context.Get<ProfileSearchService>();
                IReadOnlyList<ProfileSearchHit> hits;
                InterestExpansion? expansion = null;
                try
                {
                    expansion = request.Interest is null ? null : service.ExpandInterest(request.Interest);
                    hits = await service.SearchAsync(request, ct);
                }
                catch (SearchQueryException error)
                {
                    throw new CliException(error.Message, ExitCodes.Usage);
                }

                if (context.Json)
                {
                    context.WriteJson(hits);
                    return ExitCodes.Ok;
                }

                if (expansion is not null)
                {
                    context.Console.Write(ContactsCommands.Text(
                        $"Interest {string.Join(", ", expansion.Topics.Select(t => t.Label))}: {string.Join(", ", expansion.Terms)}\n"));
                }

                if (hits.Count == 0)
                {
                    var what = string.IsNullOrWhiteSpace(request.Text) ? "the interest " + request.Interest : request.Text;
                    context.Console.Write(ContactsCommands.Text($"No one matches {what}."));
                    context.Console.WriteLine();
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Handle", "Name", "Location", "Bio", "Matching post");
                foreach (var hit in hits)
                {
                    table.AddRow(
                        ContactsCommands.Text(hit.Handle is null ? "(id only)" : "@" + hit.Handle),
                        ContactsCommands.Text(hit.DisplayName),
                        ContactsCommands.Text(hit.Location),
                        ContactsCommands.Text(Shorten(hit.Bio, 70)),
                        ContactsCommands.Text(hit.MatchingPost is { } post
                            ? post.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + Shorten(post.Text, 60)
                            : null));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateOverlap(CliRuntime runtime)
    {
        var first = new Argument<string>("A") { Description = "An account (handle or id)" };
        var second = new Argument<string>("B") { Description = "Another account (handle or id)" };
        var following = new Option<bool>("--following") { Description = "Compare whom they follow instead of their followers" };
        var sample = new Option<int>("--sample") { Description = "Show this many shared accounts (0-100)", DefaultValueFactory = _ => 10 };
        var command = new Command("overlap", "How much two accounts' followers (or followings) overlap, when both lists are known")
        {
            first, second, following, sample,
        };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var kind = parse.GetValue(following) ? FollowListKind.Following : FollowListKind.Followers;
                FollowOverlap overlap;
                try
                {
                    overlap = await context.Get<FollowOverlapService>().CompareAsync(
                        parse.GetValue(first)!, parse.GetValue(second)!, kind, parse.GetValue(sample), ct);
                }
                catch (SearchQueryException error)
                {
                    throw new CliException(error.Message, ExitCodes.NotFound);
                }

                if (context.Json)
                {
                    context.WriteJson(overlap);
                    return ExitCodes.Ok;
                }

                var what = kind == FollowListKind.Followers ? "followers" : "followings";
                var grid = new Grid().AddColumn().AddColumn();
                grid.AddRow(ContactsCommands.Text($"@{overlap.HandleA} {what}"), ContactsCommands.Text(Number(overlap.CountA)));
                grid.AddRow(ContactsCommands.Text($"@{overlap.HandleB} {what}"), ContactsCommands.Text(Number(overlap.CountB)));
                grid.AddRow(ContactsCommands.Text("Shared"), ContactsCommands.Text(Number(overlap.Shared)));
                grid.AddRow(ContactsCommands.Text("Jaccard"), ContactsCommands.Text(overlap.Jaccard.ToString("0.000", CultureInfo.InvariantCulture)));
                grid.AddRow(ContactsCommands.Text("Sample"), ContactsCommands.Text(string.Join(", ", overlap.Sample.Select(h => "@" + h))));
                context.Console.Write(grid);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string? Shorten(string? value, int length) =>
        value is null || value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");
}
