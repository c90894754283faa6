using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Curation;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Curation;

/// <summary><c>rapport curate</c>, <c>rapport drafts list|show|delete</c> and <c>rapport share</c>.</summary>
internal static class CurationCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime) => [CreateCurate(runtime), CreateDrafts(runtime), CreateShare(runtime)];

    private static Command CreateCurate(CliRuntime runtime)
    {
        var url = new Argument<string>("URL") { Description = "The article to add value to (http or https)" };
        var highlight = new Option<string?>("--highlight") { Description = "The passage to quote, exactly as it reads on the page" };
        var manualQuote = new Option<string?>("--manual-quote") { Description = "Do not fetch the page: quote this text instead (when the page cannot be read)" };
        var comment = new Option<string>("--comment") { Description = "Your own thoughts: what the reader gains", Required = true };
        var credits = new Option<string[]>("--credit") { Description = "A handle to credit (repeatable)" };
        var tags = new Option<string[]>("--tag") { Description = "A hashtag (repeatable)" };
        var to = new Option<string>("--to") { Description = "Networks, comma-separated: " + string.Join(",", NetworkRules.Names), DefaultValueFactory = _ => "x" };
        var curate = new Command("curate", "Read an article, quote a passage, add your comment: a draft for each network")
        {
            url, highlight, manualQuote, comment, credits, tags, to,
        };
        curate.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var networks = parse.GetValue(to)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                Array.ForEach(networks, name => DraftRendering.Rules(name));
                if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var address))
                {
                    throw new CliException($"'{parse.GetValue(url)}' is not an absolute URL.", ExitCodes.Usage);
                }

                CurationResult result;
                try
                {
                    result = await context.Get<CurationService>().CurateAsync(
                        new CurateRequest
                        {
                            Url = address,
                            Comment = parse.GetValue(comment)!,
                            Highlight = parse.GetValue(highlight),
                            ManualQuote = parse.GetValue(manualQuote),
                            Credits = parse.GetValue(credits) ?? [],
                            Hashtags = parse.GetValue(tags) ?? [],
                            Networks = networks,
                        },
                        ct);
                }
                catch (Exception error) when (error is WebFetchException or ArticleExtractionException or HighlightException or ArgumentException)
                {
                    // Nothing was saved; the user can still write the draft with a quote of their own.
                    throw new CliException(error.Message + " You can still write the draft: add --manual-quote \"...\".", ExitCodes.BadInput);
                }

                if (context.Json)
                {
                    runtime.Output.WriteLine(DraftRendering.ToJson(result.Draft).ToJsonString());
                }
                else
                {
                    DraftRendering.Render(context.Console, result.Draft);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return curate;
    }

    private static Command CreateDrafts(CliRuntime runtime)
    {
        var drafts = new Command("drafts", "Curated drafts: list, show, edit, delete");
        var take = new Option<int>("--take") { Description = "Show at most this many drafts", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "Drafts, the most recently changed first") { take };
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var all = await context.Get<IDraftStore>().ListAsync(parse.GetValue(take), ct);
                if (context.Json)
                {
                    runtime.Output.WriteLine(new System.Text.Json.Nodes.JsonArray([.. all.Select(d => (System.Text.Json.Nodes.JsonNode)DraftRendering.ToJson(d))]).ToJsonString());
                    return ExitCodes.Ok;
                }

                if (all.Count == 0)
                {
                    context.Console.MarkupLine("No drafts yet. Try [bold]rapport curate URL --highlight \"...\" --comment \"...\"[/].");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Id", "Updated", "Networks", "Comment", "Link");
                foreach (var draft in all)
                {
                    table.AddRow(
                        ContactsCommands.Text(draft.Id.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(draft.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(string.Join(",", draft.Networks)),
                        ContactsCommands.Text(draft.Comment.Length > 60 ? draft.Comment[..59] + "…" : draft.Comment),
                        ContactsCommands.Text(draft.Url));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));

        var id = new Argument<long>("ID") { Description = "The draft's id (from 'rapport drafts list')" };
        var show = new Command("show", "Show a draft as each network will see it") { id };
        show.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var draft = await FindAsync(context, parse.GetValue(id), ct);
                if (context.Json)
                {
                    runtime.Output.WriteLine(DraftRendering.ToJson(draft).ToJsonString());
                }
                else
                {
                    DraftRendering.Render(context.Console, draft);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));

        var deleteId = new Argument<long>("ID") { Description = "The draft's id" };
        var delete = new Command("delete", "Delete a draft") { deleteId };
        delete.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var draftId = parse.GetValue(deleteId);
                if (!await context.Get<IDraftStore>().DeleteAsync(draftId, ct))
                {
                    throw new CliException($"There is no draft {draftId}.", ExitCodes.NotFound);
                }

                context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Deleted draft {draftId}."));
                return ExitCodes.Ok;
            },
            cancellationToken));

        drafts.Subcommands.Add(list);
        drafts.Subcommands.Add(show);
        drafts.Subcommands.Add(CreateEdit(runtime));
        drafts.Subcommands.Add(delete);
        return drafts;
    }

    private static Command CreateEdit(CliRuntime runtime)
    {
        var id = new Argument<long>("ID") { Description = "The draft's id" };
        var comment = new Option<string?>("--comment") { Description = "New comment" };
        var quote = new Option<string?>("--quote") { Description = "New quote (an empty string removes it; the article position is then forgotten)" };
        var credits = new Option<string[]?>("--credit") { Description = "Replace the credits (repeatable)" };
        var tags = new Option<string[]?>("--tag") { Description = "Replace the hashtags (repeatable)" };
        var to = new Option<string?>("--to") { Description = "Replace the networks, comma-separated: " + string.Join(",", NetworkRules.Names) };
        var edit = new Command("edit", "Change a draft's comment, quote, credits, hashtags or networks") { id, comment, quote, credits, tags, to };
        edit.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var draft = await FindAsync(context, parse.GetValue(id), ct);
                var newQuote = parse.GetValue(quote);
                var networks = parse.GetValue(to)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                Array.ForEach(networks ?? [], name => DraftRendering.Rules(name));
                var newComment = parse.GetValue(comment);
                if (newComment is not null && string.IsNullOrWhiteSpace(newComment))
                {
                    throw new CliException("The comment cannot be empty: it is what adds the value.", ExitCodes.Usage);
                }

                var edited = draft with
                {
                    Comment = newComment?.Trim() ?? draft.Comment,
                    Quote = newQuote is null ? draft.Quote : newQuote.Length == 0 ? null : newQuote,
                    Selector = newQuote is null ? draft.Selector : null,
                    TextFragmentLink = newQuote is null ? draft.TextFragmentLink : null,
                    Credits = parse.GetValue(credits) is { Length: > 0 } c ? c : draft.Credits,
                    Hashtags = parse.GetValue(tags) is { Length: > 0 } t ? t : draft.Hashtags,
                    Networks = networks is { Length: > 0 } ? networks : draft.Networks,
                    UpdatedAt = context.Get<TimeProvider>().GetUtcNow(),
                };
                await context.Get<IDraftStore>().UpdateAsync(edited, ct);
                if (context.Json)
                {
                    runtime.Output.WriteLine(DraftRendering.ToJson(edited).ToJsonString());
                }
                else
                {
                    DraftRendering.Render(context.Console, edited);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return edit;
    }

    private static Command CreateShare(CliRuntime runtime)
    {
        var id = new Argument<long>("DRAFT") { Description = "The draft's id" };
        var share = new Command("share", "Print each network's share link for a draft, ready to open in a browser") { id };
        share.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var draft = await FindAsync(context, parse.GetValue(id), ct);
                var links = DraftRendering.Compose(draft)
                    .Select(version => new { network = PostCountJson.NameOf(version.Network), url = version.ShareIntentUrl, fits = version.Fits })
                    .ToList();
                if (context.Json)
                {
                    context.WriteJson(links);
                    return ExitCodes.Ok;
                }

                foreach (var link in links)
                {
                    context.Console.Write(ContactsCommands.Text($"{link.network}: {link.url ?? "(no share link for this network: copy the text from 'rapport drafts show')"}{Environment.NewLine}"));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return share;
    }

    private static async Task<CuratedDraft> FindAsync(CommandContext context, long id, CancellationToken cancellationToken) =>
        await context.Get<IDraftStore>().FindAsync(id, cancellationToken)
        ?? throw new CliException($"There is no draft {id}.", ExitCodes.NotFound);
}
