using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Cadence;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Connections;
using Spectre.Console;

namespace Rapport.Cli.Connections;

/// <summary><c>rapport interests [HANDLE]</c>: the interest profile of a person, or your own.</summary>
internal static class InterestsCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var handle = new Argument<string?>("HANDLE") { Description = "The person's handle; yours when left out", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("interests", "Interests, roles, industries and place read from a bio, posts and site") { handle };
        command.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var name = parse.GetValue(handle);
                long? personId = name is null ? null : await People.FindAsync(context, name, token);
                var profile = await context.Get<ConnectionService>().InterestsAsync(personId, token)
                    ?? throw new CliException(
                        name is null ? "Your own profile is not in the ledger yet: import your archive (or run rapport demo) first." : $"No one with the handle '{name}' is in the ledger.",
                        ExitCodes.NotFound);
                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        personId = profile.PersonId == 0 ? (long?)null : profile.PersonId,
                        handle = profile.Handle,
                        interests = profile.Interests.Select(Json),
                        roles = profile.Roles.Select(Json),
                        industries = profile.Industries.Select(Json),
                        place = profile.Place,
                        keywords = profile.Keywords,
                    });
                    return ExitCodes.Ok;
                }

                Render(context.Console, profile);
                return ExitCodes.Ok;
            },
            ct));
        return command;
    }

    private static object Json(InterestSignal signal) => new
    {
        key = signal.Topic.Key,
        label = signal.Topic.Label,
        category = signal.Topic.Category,
        weight = Math.Round(signal.Weight, 2),
        evidence = signal.Evidence,
    };

    private static void Render(IAnsiConsole console, InterestProfile profile)
    {
        var table = new Table().AddColumns("Kind", "Topic", "Category", "Weight", "Evidence");
        foreach (var (kind, signals) in new[] { ("interest", profile.Interests), ("role", profile.Roles), ("industry", profile.Industries) })
        {
            foreach (var signal in signals)
            {
                table.AddRow(
                    ContactsCommands.Text(kind),
                    ContactsCommands.Text(signal.Topic.Label),
                    ContactsCommands.Text(signal.Topic.Category ?? string.Empty),
                    ContactsCommands.Text(signal.Weight.ToString("0.0", CultureInfo.InvariantCulture)),
                    ContactsCommands.Text(string.Join("\n", signal.Evidence.Select(ConnectionsCommands.Describe))));
            }
        }

        console.Write(table);
        console.Write(ContactsCommands.Text("Place: " + Place(profile.Place) + "\n"));
        if (profile.Keywords.Count > 0)
        {
            console.Write(ContactsCommands.Text("Frequent words: " + string.Join(", ", profile.Keywords) + "\n"));
        }
    }

    private static string Place(PlaceGuess place) => place.Certainty switch
    {
        PlaceCertainty.Known => string.Join(" / ", place.Places.Select(p => p.Display)) + (place.TimeZone is null ? string.Empty : $" ({place.TimeZone})"),
        PlaceCertainty.Ambiguous => $"\"{place.Text}\" could be {string.Join(" or ", place.Candidates.Select(p => p.Display))}",
        PlaceCertainty.NotAPlace => $"\"{place.Text}\" is not a place",
        _ => place.Text is null ? "unknown" : $"\"{place.Text}\" (unknown)",
    };
}
