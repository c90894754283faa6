using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Administration;
using Rapport.Core.Cadence;
using Rapport.Core.Contacts;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Hosting;

namespace Rapport.Web.Bench;

/// <summary>
/// Writes N people and M touches through the same bulk import session an archive uses, then gives some of
/// them a cadence through the settings store (which keeps the due index), as the app itself would.
/// </summary>
internal static class WorkspaceGenerator
{
    private static readonly TouchChannel[] Channels =
        [TouchChannel.Reply, TouchChannel.Mention, TouchChannel.Quote, TouchChannel.Repost, TouchChannel.DirectMessage, TouchChannel.Like];

    public static async Task<int> RunAsync(string database, int people, int touches, int cadenced)
    {
        var services = new ServiceCollection()
            .AddRapport(RapportConfiguration.Build(new Dictionary<string, string?> { ["Storage:SqlitePath"] = database }))
            .BuildServiceProvider();
        await services.GetRequiredService<IDatabaseMigrator>().EnsureReadyAsync(CancellationToken.None);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var random = new Random(42);
        var clock = Stopwatch.StartNew();

        await using (var session = await services.GetRequiredService<ILedgerImporter>().BeginAsync(
            new ImportSessionOptions(SocialNetwork.X, "web bench", now), CancellationToken.None))
        {
            await session.SetEgoAsync(new EgoProfile { ExternalId = "1", Handle = "bench_ego", DisplayName = "Bench Ego" }, CancellationToken.None);
            for (var p = 1; p <= people; p++)
            {
                await session.AddProfileAsync(
                    new ProfileRecord
                    {
                        ExternalId = Id(p),
                        Handle = "person" + p.ToString(CultureInfo.InvariantCulture),
                        DisplayName = "Person " + p.ToString(CultureInfo.InvariantCulture),
                        Bio = Bios[p % Bios.Length],
                        Location = Places[p % Places.Length],
                    },
                    CancellationToken.None);
            }

            for (var t = 0; t < touches; t++)
            {
                // A skewed choice of person, as in a real ledger: a few people get most of the touches.
                var person = 1 + (int)(people * Math.Pow(random.NextDouble(), 3));
                await session.AddTouchAsync(
                    new TouchRecord
                    {
                        Counterpart = AccountRef.FromId(Id(person)),
                        Channel = Channels[random.Next(Channels.Length)],
                        Direction = random.Next(2) == 0 ? TouchDirection.Out : TouchDirection.In,
                        Visibility = TouchVisibility.Public,
                        OccurredAt = now.AddMinutes(-random.Next(2 * 365 * 24 * 60)),
                        SourceRef = "bench:" + t.ToString(CultureInfo.InvariantCulture),
                    },
                    CancellationToken.None);
            }

            await session.CommitAsync(CancellationToken.None);
        }

        Console.Error.WriteLine($"imported {people:N0} people and {touches:N0} touches in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var settings = services.GetRequiredService<ICadenceSettingsStore>();
        var tiers = CadenceTiers.BuiltIn;
        var contacts = services.GetRequiredService<IContactStore>();
        for (var p = 0; p < cadenced; p++)
        {
            var handle = "person" + (1 + (int)(p * ((double)people / cadenced))).ToString(CultureInfo.InvariantCulture);
            var person = await contacts.FindByHandleAsync(handle, CancellationToken.None) ?? throw new InvalidOperationException(handle + " was not imported");
            await settings.SetPersonCadenceAsync(person.PersonId, new PersonCadence(tiers[p % tiers.Count], now), CancellationToken.None);
        }

        Console.Error.WriteLine($"gave {cadenced:N0} people a cadence in {clock.Elapsed.TotalSeconds:F1} s");
        var overview = await services.GetRequiredService<ILedgerOverviewStore>().GetOverviewAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"people\":{overview.People},\"touches\":{overview.Touches},\"cadenced\":{cadenced}}}"));
        return 0;
    }

    private static string Id(int person) => (1_000_000 + person).ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Bios =
    [
        "Coffee roaster and community builder.", "Writes about product design.", "Marathon runner, data nerd.",
        "Photographer; chats on Thursdays.", "Teacher, gardener, occasional poet.", "Founder. Corgi person.",
    ];

    private static readonly string[] Places = ["Stockholm", "Chicago", "Lisbon", "Berlin", "Toronto", "Nairobi", "Osaka"];
}
