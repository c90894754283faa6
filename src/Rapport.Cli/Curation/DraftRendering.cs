using System.Globalization;
using System.Text.Json.Nodes;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Curation;
using Rapport.Text.Composer;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Curation;

/// <summary>Composes a saved draft for each of its networks (never stored: derived each time) and shows it.</summary>
internal static class DraftRendering
{
    public static IReadOnlyList<Draft> Compose(CuratedDraft draft) => PostComposer.Compose(new ComposeRequest
    {
        Comment = draft.Comment,
        Quote = draft.Quote,
        Url = draft.Url,
        Credits = [.. draft.Credits.Select(Credit.Parse)],
        Hashtags = draft.Hashtags,
        Networks = [.. draft.Networks.Select(Rules)],
    });

    public static NetworkRules Rules(string name) =>
        NetworkRules.TryParse(name, out var rules)
            ? rules
            : throw new CliException($"Unknown network '{name}': choose from {string.Join(", ", NetworkRules.Names)}.", ExitCodes.Usage);

    public static JsonObject ToJson(CuratedDraft draft) => new()
    {
        ["id"] = draft.Id,
        ["comment"] = draft.Comment,
        ["quote"] = draft.Quote,
        ["url"] = draft.Url,
        ["articleTitle"] = draft.ArticleTitle,
        ["textFragmentLink"] = draft.TextFragmentLink,
        ["selector"] = draft.Selector is { } s ? new JsonObject { ["exact"] = s.Exact, ["prefix"] = s.Prefix, ["suffix"] = s.Suffix } : null,
        ["credits"] = new JsonArray([.. draft.Credits.Select(c => (JsonNode?)c)]),
        ["hashtags"] = new JsonArray([.. draft.Hashtags.Select(c => (JsonNode?)c)]),
        ["updatedAt"] = draft.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["versions"] = DraftJson.ToJson(Compose(draft)),
    };

    public static void Render(IAnsiConsole console, CuratedDraft draft)
    {
        console.Write(new Markup(string.Create(CultureInfo.InvariantCulture, $"[bold]Draft {draft.Id}[/]")));
        console.Write(ContactsCommands.Text((draft.ArticleTitle is null ? "" : ": " + draft.ArticleTitle) + Environment.NewLine));

        if (draft.TextFragmentLink is not null)
        {
            console.Write(ContactsCommands.Text("Highlight: " + draft.TextFragmentLink + Environment.NewLine));
        }

        foreach (var version in Compose(draft))
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
}
