using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Cadence;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Connections;
using Spectre.Console;

namespace Rapport.Cli.Connections;

/// <summary>
/// <c>rapport connections HANDLE [--fetch-site]</c>, <c>connections confirm|dismiss HANDLE POINT-ID</c>:
/// what the user and a person share, each point with the exact words it rests on.
/// </summary>
internal static class ConnectionsCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var fetchSite = new Option<bool>("--fetch-site") { Description = "Read the person's website first (through the safe fetcher) and keep it as evidence" };
        var command = new Command("connections", "Connection points with a person: shared interests, roles, places, follows, chats, links")
        {
            handle,
            fetchSite,
        };
        command.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, token);
                var found = await context.Get<ConnectionService>().ForPersonAsync(personId, parse.GetValue(fetchSite), token)
                    ?? throw new CliException($"No one with the handle '{parse.GetValue(handle)}' is in the ledger.", ExitCodes.NotFound);
                if (found.SiteProblem is not null && parse.GetValue(fetchSite))
                {
                    runtime.Error.WriteLine("warning: the site was not read: " + found.SiteProblem);
                }

                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        personId = found.Person.PersonId,
                        handle = found.Person.Handle,
                        displayName = found.Person.DisplayName,
                        site = found.Person.Site,
                        siteProblem = found.SiteProblem,
                        points = found.Points,
                    });
                    return ExitCodes.Ok;
                }

                Render(context.Console, found);
                return ExitCodes.Ok;
            },
            ct));
        command.Subcommands.Add(CreateDecision(runtime, "confirm", PointDecision.Confirmed, "Confirm a point: it is kept as a fact on the person"));
        command.Subcommands.Add(CreateDecision(runtime, "dismiss", PointDecision.Dismissed, "Dismiss a point: it is not suggested again"));
        return command;
    }

    private static Command CreateDecision(CliRuntime runtime, string name, PointDecision decision, string description)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var point = new Argument<string>("POINT-ID") { Description = "The point's id, as rapport connections shows it (interest:coffee)" };
        var command = new Command(name, description) { handle, point };
        command.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, token);
                ConnectionDecision recorded;
                try
                {
                    recorded = await context.Get<ConnectionService>().DecideAsync(personId, parse.GetValue(point)!, decision, token);
                }
                catch (ConnectionPointNotFoundException error)
                {
                    throw new CliException(error.Message, ExitCodes.NotFound);
                }

                if (context.Json)
                {
                    context.WriteJson(recorded);
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text(
                        (decision == PointDecision.Confirmed ? "Confirmed: " : "Dismissed: ") + recorded.PointId + " (" + recorded.Label + ")\n"));
                }

                return ExitCodes.Ok;
            },
            ct));
        return command;
    }

    private static void Render(IAnsiConsole console, PersonConnections found)
    {
        var who = found.Person.Handle is null ? found.Person.DisplayName ?? "this person" : "@" + found.Person.Handle;
        if (found.Points.Count == 0)
        {
            console.Write(ContactsCommands.Text($"No connection points with {who} yet: nothing they wrote matches what you wrote.\n"));
            return;
        }

        var table = new Table().AddColumns("Point", "Kind", "What", "Score", "Evidence");
        foreach (var point in found.Points)
        {
            table.AddRow(
                ContactsCommands.Text(point.Id + (point.Confirmed ? " (confirmed)" : string.Empty)),
                ContactsCommands.Text(KindName(point.Kind)),
                ContactsCommands.Text(point.Label),
                ContactsCommands.Text(point.Score.ToString("0.00", CultureInfo.InvariantCulture)),
                ContactsCommands.Text(string.Join("\n", point.Evidence.Select(Describe))));
        }

        console.Write(ContactsCommands.Text($"Connection points with {who}:\n"));
        console.Write(table);
    }

    internal static string Describe(Evidence evidence)
    {
        var where = evidence.Source switch
        {
            EvidenceSource.Bio => "bio",
            EvidenceSource.DisplayName => "name",
            EvidenceSource.Location => "location",
            EvidenceSource.TimeZone => "time zone",
            EvidenceSource.Website => "website",
            EvidenceSource.Post => "post",
            EvidenceSource.Reply => "reply",
            EvidenceSource.Site => "site",
            EvidenceSource.ChatTranscript => "chat",
            EvidenceSource.Follows => "follows",
            _ => "message",
        };
        var date = evidence.At is { } at ? " " + at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        var link = evidence.Link is null ? string.Empty : " " + evidence.Link;
        return $"{(evidence.FromEgo ? "you, " : string.Empty)}{where}{date}: \"{evidence.Phrase}\"{link}";
    }

    internal static string KindName(ConnectionKind kind) => kind switch
    {
        ConnectionKind.SharedInterest => "shared interest",
        ConnectionKind.SameIndustryOrRole => "same industry or role",
        ConnectionKind.SamePlace => "same place",
        ConnectionKind.SameTimeZone => "same time zone",
        ConnectionKind.MutualFollows => "mutual follows",
        ConnectionKind.SharedChats => "shared chats",
        ConnectionKind.EngagedWithYou => "engaged with you",
        _ => "shared the same link",
    };
}
