using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Cadence;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Connections;
using Rapport.Text.Composer;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Connections;

/// <summary><c>rapport openers HANDLE</c>: conversation starters from the best connection points, composed to fit X.</summary>
internal static class OpenersCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var count = new Option<int>("--count") { Description = "How many openers (1-10)", DefaultValueFactory = _ => OpenerWriter.DefaultCount };
        var command = new Command("openers", "Draft conversation starters from your connection points with a person") { handle, count };
        command.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                if (parse.GetValue(count) is < 1 or > 10)
                {
                    throw new CliException("--count must be between 1 and 10.", ExitCodes.Usage);
                }

                var personId = await People.FindAsync(context, parse.GetValue(handle)!, token);
                var openers = await context.Get<ConnectionService>().OpenersAsync(personId, parse.GetValue(count), token) ?? [];
                var rules = NetworkRules.X();
                var composed = openers.Select(opener => Compose(opener, rules)).ToList();
                if (context.Json)
                {
                    context.WriteJson(composed);
                    return ExitCodes.Ok;
                }

                if (composed.Count == 0)
                {
                    context.Console.Write(ContactsCommands.Text("No openers: there is no connection point with evidence to start from.\n"));
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("From point", "Opener", "Length");
                foreach (var opener in composed)
                {
                    table.AddRow(
                        ContactsCommands.Text(opener.PointId),
                        ContactsCommands.Text(opener.Text),
                        ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture, $"{opener.Length}/{opener.Limit}{(opener.Trimmed ? " (shortened)" : string.Empty)}")));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            ct));
        return command;
    }

    private static ComposedOpener Compose(Opener opener, NetworkRules rules)
    {
        var draft = PostComposer.Compose(new ComposeRequest { Comment = opener.Text, Url = opener.Url }, rules);
        var post = draft.Posts[0];
        return new ComposedOpener(opener.PointId, opener.Kind, post.Text, post.Count.Length, post.Count.Limit, draft.Fits, draft.CommentTrimmed);
    }

    private sealed record ComposedOpener(string PointId, ConnectionKind Kind, string Text, int Length, int Limit, bool Fits, bool Trimmed);
}
