using System.Globalization;
using System.Text.Json.Nodes;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Curation;
using Rapport.Core.Curation.Queue;
using Rapport.Core.Ledger;
using Rapport.Text.Composer;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Curation;

/// <summary>
/// Composes a saved draft for each of its networks (never stored: derived each time) and shows it. A credited
/// contact is mentioned by their handle on each network the ledger knows; a quoted post is quoted natively on its
/// own network and linked with a credit elsewhere; campaign tags are added to each network's link.
/// </summary>
internal static class DraftRendering
{
    public static async Task<IReadOnlyList<Draft>> ComposeAsync(CommandContext context, CuratedDraft draft, CancellationToken cancellationToken)
    {
        var credits = new List<(string Typed, Credit Credit)>();
        foreach (var typed in draft.Credits)
        {
            credits.Add((typed, await ResolveAsync(context.Get<ICreditDirectory>(), typed, cancellationToken)));
        }

        return [.. draft.Networks.Select(name => Compose(draft, name, credits))];
    }

    public static NetworkRules Rules(string name) =>
        NetworkRules.TryParse(name, out var rules)
            ? rules
            : throw new CliException($"Unknown network '{name}': choose from {string.Join(", ", NetworkRules.Names)}.", ExitCodes.Usage);

    /// <summary>What a publisher needs of one network's version.</summary>
    public static ComposedPost ToComposedPost(Draft version) => new()
    {
        Network = PostCountJson.NameOf(version.Network),
        Texts = [.. version.Posts.Select(post => post.Text)],
        Fits = version.Fits,
        ShareIntentUrl = version.ShareIntentUrl,
        ApiPayload = version.Posts.Count > 0 ? version.Posts[0].Payload.ToJsonString() : null,
    };

    public static JsonObject ToJson(CuratedDraft draft, IReadOnlyList<Draft> versions) => new()
    {
        ["id"] = draft.Id,
        ["comment"] = draft.Comment,
        ["quote"] = draft.Quote,
        ["url"] = draft.Url,
        ["articleTitle"] = draft.ArticleTitle,
        ["textFragmentLink"] = draft.TextFragmentLink,
        ["selector"] = draft.Selector is { } s ? new JsonObject { ["exact"] = s.Exact, ["prefix"] = s.Prefix, ["suffix"] = s.Suffix } : null,
        ["quotedPost"] = draft.QuotedPost is { } q
            ? new JsonObject { ["network"] = q.NetworkName, ["url"] = q.Url, ["id"] = q.PostId, ["author"] = q.Author, ["server"] = q.Server }
            : null,
        ["utm"] = draft.Utm is { } utm ? new JsonObject { ["source"] = utm.Source, ["medium"] = utm.Medium, ["campaign"] = utm.Campaign } : null,
        ["credits"] = new JsonArray([.. draft.Credits.Select(c => (JsonNode?)c)]),
        ["hashtags"] = new JsonArray([.. draft.Hashtags.Select(c => (JsonNode?)c)]),
        ["sharedAt"] = draft.SharedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["updatedAt"] = draft.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["versions"] = DraftJson.ToJson(versions),
    };

    public static void Render(IAnsiConsole console, CuratedDraft draft, IReadOnlyList<Draft> versions)
    {
        console.Write(new Markup(string.Create(CultureInfo.InvariantCulture, $"[bold]Draft {draft.Id}[/]")));
        console.Write(ContactsCommands.Text((draft.ArticleTitle is null ? "" : ": " + draft.ArticleTitle) + Environment.NewLine));

        if (draft.QuotedPost is { } quoted)
        {
            console.Write(ContactsCommands.Text($"Quotes {quoted.Author ?? "a post"} on {quoted.NetworkName}: {quoted.Url}{Environment.NewLine}"));
        }

        if (draft.TextFragmentLink is not null)
        {
            console.Write(ContactsCommands.Text("Highlight: " + draft.TextFragmentLink + Environment.NewLine));
        }

        foreach (var version in versions)
        {
            var posts = version.Posts.Select((post, i) => (Spectre.Console.Rendering.IRenderable)new Rows(
                ContactsCommands.Text(post.Text),
                new Markup(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[grey]{(version.Posts.Count > 1 ? $"{i + 1}/{version.Posts.Count}: " : "")}{post.Count.Length} of {post.Count.Limit}[/]{(post.Count.IsValid ? "" : " [red]too long[/]")}"))));
            console.Write(new Panel(new Rows(posts)).Header(Markup.Escape(PostCountJson.NameOf(version.Network))));
            if (version.QuoteTrimmed || version.QuoteDropped)
            {
                console.MarkupLine(version.QuoteDropped ? "[yellow]The quote was left out to fit.[/]" : "[yellow]The quote was trimmed to fit.[/]");
            }
        }
    }

    private static Draft Compose(CuratedDraft draft, string name, List<(string Typed, Credit Credit)> credits)
    {
        var rules = Rules(name);
        var quoted = draft.QuotedPost;
        var onQuotedNetwork = quoted is not null && QueueService.LedgerNetwork(name) == quoted.Network;

        // On the quoted post's own network the quote itself credits its author; elsewhere the link needs a "via".
        var shownCredits = credits
            .Where(c => !(onQuotedNetwork && quoted!.Author is { } author && string.Equals(c.Typed, author, StringComparison.OrdinalIgnoreCase)))
            .Select(c => c.Credit)
            .ToList();
        var url = draft.Url;
        if (url is not null && draft.Utm is { } utm && quoted is null)
        {
            url = utm.ApplyTo(url, name);
        }

        return PostComposer.Compose(
            new ComposeRequest
            {
                Comment = draft.Comment,
                Quote = draft.Quote,
                Url = url,
                Credits = shownCredits,
                Hashtags = draft.Hashtags,
                Networks = [rules],
                QuotedPost = onQuotedNetwork ? NativeQuote(quoted!, rules) : null,
            },
            rules);
    }

    private static QuotedPost NativeQuote(PostReference post, NetworkRules rules) => post.Network switch
    {
        SocialNetwork.X => new QuotedPost { XPostId = post.PostId },

        // A Mastodon status id is its server's own: it names the post only when posting from that server.
        SocialNetwork.Mastodon when string.Equals(rules.Server, post.Server, StringComparison.OrdinalIgnoreCase) => new QuotedPost { MastodonStatusId = post.PostId },
        _ => new QuotedPost(),
    };

    private static async Task<Credit> ResolveAsync(ICreditDirectory directory, string typed, CancellationToken cancellationToken)
    {
        var parsed = Credit.Parse(typed);
        if (CreditHandle.TryParse(typed) is not { } handle || await directory.FindAsync(handle, cancellationToken) is not { } contact)
        {
            return parsed;
        }

        return new Credit(contact.DisplayName ?? parsed.Name)
        {
            X = contact.On(SocialNetwork.X)?.Handle ?? parsed.X,
            Mastodon = contact.On(SocialNetwork.Mastodon)?.Handle ?? parsed.Mastodon,
            Bluesky = contact.On(SocialNetwork.Bluesky)?.Handle ?? parsed.Bluesky,
        };
    }
}
