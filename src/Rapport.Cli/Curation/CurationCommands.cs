using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Curation;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Curation;

/// <summary><c>rapport curate</c>, <c>rapport drafts list|show|edit|delete</c> and <c>rapport share</c>.</summary>
internal static class CurationCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime) =>
        [CreateCurate(runtime), CreateDrafts(runtime), CreateShare(runtime), QueueCommands.Create(runtime)];

    private static Command CreateCurate(CliRuntime runtime)
    {
        var url = new Argument<string>("URL") { Description = "The article to add value to (http or https), or a post on X, Bluesky or Mastodon to quote" };
        var highlight = new Option<string?>("--highlight") { Description = "The passage to quote, exactly as it reads on the page" };
        var manualQuote = new Option<string?>("--manual-quote") { Description = "Do not fetch the page: quote this text instead (when the page cannot be read)" };
        var comment = new Option<string>("--comment") { Description = "Your own thoughts: what the reader gains", Required = true };
        var credits = new Option<string[]>("--credit") { Description = "A handle to credit (repeatable)" };
        var tags = new Option<string[]>("--tag") { Description = "A hashtag (repeatable)" };
        var to = new Option<string?>("--to") { Description = "Networks, comma-separated: " + string.Join(",", NetworkRules.Names) + " (default: x, or the quoted post's network)" };
        var utm = new UtmOptions();
        var curate = new Command("curate", "Read an article and quote a passage, or quote a post; add your comment: a draft for each network")
        {
            url, highlight, manualQuote, comment, credits, tags, to, utm.Default, utm.Source, utm.Medium, utm.Campaign,
        };
        curate.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var networks = parse.GetValue(to)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                Array.ForEach(networks, name => DraftRendering.Rules(name));
                if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var address))
                {
                    throw new CliException($"'{parse.GetValue(url)}' is not an absolute URL.", ExitCodes.Usage);
                }

                PostReference? post;
                try
                {
                    post = PostUrl.Recognize(address);
                }
                catch (FormatException error)
                {
                    throw new CliException(error.Message, ExitCodes.Usage);
                }

                var draft = post is null
                    ? await CurateArticleAsync(context, parse, address, networks, ct)
                    : await QuotePostAsync(context, parse, post, networks, ct);
                await PrintAsync(runtime, context, draft, ct);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return curate;

        async Task<CuratedDraft> CurateArticleAsync(CommandContext context, ParseResult parse, Uri address, string[] networks, CancellationToken ct)
        {
            try
            {
                var result = await context.Get<CurationService>().CurateAsync(
                    new CurateRequest
                    {
                        Url = address,
                        Comment = parse.GetValue(comment)!,
                        Highlight = parse.GetValue(highlight),
                        ManualQuote = parse.GetValue(manualQuote),
                        Credits = parse.GetValue(credits) ?? [],
                        Hashtags = parse.GetValue(tags) ?? [],
                        Networks = networks.Length > 0 ? networks : ["x"],
                        Utm = utm.Read(parse),
                    },
                    ct);
                return result.Draft;
            }
            catch (Exception error) when (error is WebFetchException or ArticleExtractionException or HighlightException or ArgumentException)
            {
                // Nothing was saved; the user can still write the draft with a quote of their own.
                throw new CliException(error.Message + " You can still write the draft: add --manual-quote \"...\".", ExitCodes.BadInput);
            }
        }

        async Task<CuratedDraft> QuotePostAsync(CommandContext context, ParseResult parse, PostReference post, string[] networks, CancellationToken ct)
        {
            if (parse.GetValue(highlight) is not null || parse.GetValue(manualQuote) is not null)
            {
                throw new CliException("A post is quoted as a whole: --highlight and --manual-quote are for articles. Write your comment with --comment.", ExitCodes.Usage);
            }

            if (utm.Read(parse) is not null)
            {
                throw new CliException("Campaign tags are for links to web pages; a link to a post on a network is shared as it is.", ExitCodes.Usage);
            }

            try
            {
                return await context.Get<CurationService>().QuoteAsync(
                    new QuoteRequest
                    {
                        Post = post,
                        Comment = parse.GetValue(comment)!,
                        Credits = parse.GetValue(credits) ?? [],
                        Hashtags = parse.GetValue(tags) ?? [],
                        Networks = networks,
                    },
                    ct);
            }
            catch (ArgumentException error)
            {
                throw new CliException(error.Message, ExitCodes.BadInput);
            }
        }
    }

    private static async Task PrintAsync(CliRuntime runtime, CommandContext context, CuratedDraft draft, CancellationToken cancellationToken)
    {
        var versions = await DraftRendering.ComposeAsync(context, draft, cancellationToken);
        if (context.Json)
        {
            runtime.Output.WriteLine(DraftRendering.ToJson(draft, versions).ToJsonString());
        }
        else
        {
            DraftRendering.Render(context.Console, draft, versions);
        }
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
                    var array = new System.Text.Json.Nodes.JsonArray();
                    foreach (var draft in all)
                    {
                        array.Add(DraftRendering.ToJson(draft, await DraftRendering.ComposeAsync(context, draft, ct)));
                    }

                    runtime.Output.WriteLine(array.ToJsonString());
                    return ExitCodes.Ok;
                }

                if (all.Count == 0)
                {
                    context.Console.MarkupLine("No drafts yet. Try [bold]rapport curate URL --highlight \"...\" --comment \"...\"[/].");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Id", "Updated", "Shared", "Networks", "Comment", "Link");
                foreach (var draft in all)
                {
                    table.AddRow(
                        ContactsCommands.Text(draft.Id.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(draft.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(draft.SharedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""),
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
                await PrintAsync(runtime, context, await FindAsync(context, parse.GetValue(id), ct), ct);
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
        var utm = new UtmOptions();
        var noUtm = new Option<bool>("--no-utm") { Description = "Stop tagging the shared link" };
        var edit = new Command("edit", "Change a draft's comment, quote, credits, hashtags, networks or campaign tags")
        {
            id, comment, quote, credits, tags, to, utm.Default, utm.Source, utm.Medium, utm.Campaign, noUtm,
        };
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

                var newUtm = utm.Read(parse);
                if (newUtm is not null && draft.QuotedPost is not null)
                {
                    throw new CliException("Campaign tags are for links to web pages; a link to a post on a network is shared as it is.", ExitCodes.Usage);
                }

                var edited = draft with
                {
                    Utm = parse.GetValue(noUtm) ? null : newUtm ?? draft.Utm,
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
                await PrintAsync(runtime, context, edited, ct);
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
                var links = (await DraftRendering.ComposeAsync(context, draft, ct))
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
