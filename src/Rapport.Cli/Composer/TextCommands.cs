using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Text.Composer;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Composer;

/// <summary><c>rapport count</c>, <c>rapport compose</c> and <c>rapport text parse --jsonl</c>: exact counts, no database.</summary>
internal static class TextCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime) => [CreateCount(runtime), CreateCompose(runtime), CreateText(runtime)];

    private static Command CreateCount(CliRuntime runtime)
    {
        var text = new Argument<string>("TEXT") { Description = "The post to count" };
        var network = new Option<string>("--network")
        {
            Description = "x (280, the default), x140 (classic), mastodon, bluesky, threads, linkedin or facebook",
            DefaultValueFactory = _ => "x",
        };
        var count = new Command("count", "Count a post exactly as a network does, and say whether it fits") { text, network };
        count.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, _) =>
            {
                var rules = Rules(parse.GetValue(network)!);
                var value = parse.GetValue(text)!;
                var result = PostCounter.Count(value, rules);
                if (context.Json)
                {
                    runtime.Output.WriteLine(PostCountJson.ToJson(value, result).ToJsonString());
                }
                else
                {
                    var verdict = result.IsValid ? "[green]fits[/]" : "[red]does not fit[/]";
                    context.Console.MarkupLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{Markup.Escape(PostCountJson.NameOf(result.Network))}: {result.Length} of {result.Limit} ({result.Remaining} left), {verdict}"));
                    foreach (var problem in result.Problems)
                    {
                        context.Console.Write(ContactsCommands.Text(problem + Environment.NewLine));
                    }
                }

                return Task.FromResult(result.IsValid ? ExitCodes.Ok : ExitCodes.BadInput);
            },
            ensureDatabase: false,
            cancellationToken));
        return count;
    }

    private static Command CreateCompose(CliRuntime runtime)
    {
        var comment = new Option<string>("--comment") { Description = "Your own words: what the reader gains", Required = true };
        var quote = new Option<string?>("--quote") { Description = "A passage you highlight (trimmed at a word with an ellipsis if it must be)" };
        var url = new Option<string?>("--url") { Description = "The link you add value to (never cut)" };
        var credits = new Option<string[]>("--credit") { Description = "A handle to credit (repeatable; @user or @user@host)", AllowMultipleArgumentsPerToken = false };
        var tags = new Option<string[]>("--tag") { Description = "A hashtag (repeatable)" };
        var to = new Option<string>("--to") { Description = "Networks, comma-separated: " + string.Join(",", NetworkRules.Names), DefaultValueFactory = _ => "x" };
        var thread = new Option<bool>("--thread") { Description = "Split long text into numbered posts that each fit, instead of trimming" };
        var compose = new Command("compose", "Compose one draft per network from a comment, a quote and a link, each fitting exactly")
        {
            comment, quote, url, credits, tags, to, thread,
        };
        compose.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, _) =>
            {
                var request = new ComposeRequest
                {
                    Comment = parse.GetValue(comment)!,
                    Quote = parse.GetValue(quote),
                    Url = parse.GetValue(url),
                    Credits = [.. (parse.GetValue(credits) ?? []).Select(Credit.Parse)],
                    Hashtags = parse.GetValue(tags) ?? [],
                    Thread = parse.GetValue(thread),
                    Networks = [.. parse.GetValue(to)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Rules)],
                };
                var drafts = PostComposer.Compose(request);
                if (context.Json)
                {
                    runtime.Output.WriteLine(DraftJson.ToJson(drafts).ToJsonString());
                    return Task.FromResult(ExitCodes.Ok);
                }

                foreach (var draft in drafts)
                {
                    var panel = new Rows(draft.Posts.Select((post, i) => (Spectre.Console.Rendering.IRenderable)new Rows(
                        ContactsCommands.Text(post.Text),
                        new Markup(string.Create(CultureInfo.InvariantCulture, $"[grey]{(draft.Posts.Count > 1 ? $"{i + 1}/{draft.Posts.Count}: " : "")}{post.Count.Length} of {post.Count.Limit}{(post.Count.IsValid ? "" : " [red]too long[/]")}[/]")))));
                    context.Console.Write(new Panel(panel).Header(Markup.Escape(PostCountJson.NameOf(draft.Network))));
                    if (draft.QuoteTrimmed || draft.QuoteDropped)
                    {
                        context.Console.MarkupLine(draft.QuoteDropped ? "[yellow]The quote was left out to fit.[/]" : "[yellow]The quote was trimmed to fit.[/]");
                    }

                    if (draft.ShareIntentUrl is { } share)
                    {
                        context.Console.Write(ContactsCommands.Text("Share: " + share + Environment.NewLine));
                    }
                }

                return Task.FromResult(drafts.All(d => d.Fits) ? ExitCodes.Ok : ExitCodes.BadInput);
            },
            ensureDatabase: false,
            cancellationToken));
        return compose;
    }

    private static Command CreateText(CliRuntime runtime)
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one JSON object per line from standard input ({\"text\": ..., \"network\": ...}) and write one result per line", Required = true };
        var parse = new Command("parse", "Count and extract entities in bulk, for scripts") { jsonl };
        parse.SetAction(async (result, cancellationToken) =>
        {
            while (await runtime.Input.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length > 0)
                {
                    await runtime.Output.WriteLineAsync(PostCountJson.ParseLine(line));
                }
            }

            await runtime.Output.FlushAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        var text = new Command("text", "Text tools for scripts");
        text.Subcommands.Add(parse);
        return text;
    }

    private static NetworkRules Rules(string name) =>
        NetworkRules.TryParse(name, out var rules)
            ? rules
            : throw new CliException($"Unknown network '{name}': choose one of {string.Join(", ", NetworkRules.Names)}.", ExitCodes.Usage);
}
