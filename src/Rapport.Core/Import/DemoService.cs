using Rapport.Core.Cadence;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Touches;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;

namespace Rapport.Core.Import;

/// <summary>
/// Gives a newcomer Rapport with data in one step: generates a sample archive, imports it the way a real
/// one is imported, then adds the profiles the archive names only by id and
/// the chats the account takes part in with transcripts of their other participants, and cadences so
/// that the Today queue has people in it. Running it twice changes nothing.
/// </summary>
public sealed class DemoService(
    IDemoDataSource source,
    ArchiveImportService archives,
    ILedgerImporter importer,
    ILedgerOverviewStore overview,
    IChatStore chats,
    ChatTouchRecorder chatTouches,
    IContactStore contacts,
    IContactListStore lists,
    ICadenceSettingsStore cadences,
    TimeProvider clock)
{
    /// <summary>The demo's list; its members inherit <see cref="CadenceTiers.EveryTwoWeeks"/>.</summary>
    public const string ListName = "Keep in touch (demo)";

    private const int WeeklyPeople = 3;
    private const int MonthlyPeople = 6;
    private const int ListPeople = 15;

    public async Task<DemoSummary> LoadAsync(int seed, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("rapport-demo-");
        try
        {
            progress?.Report(new ImportProgress("generating", 0, 0));
            var data = await source.CreateAsync(folder.FullName, seed, cancellationToken);
            var archive = await archives.ImportAsync(
                data.ArchivePath,
                SocialNetwork.X,
                new ArchiveImportOptions { IncludeDirectMessageText = true, Progress = progress },
                cancellationToken);

            ImportSummary profiles;
            await using (var session = await importer.BeginAsync(
                new ImportSessionOptions(SocialNetwork.X, "demo profiles", clock.GetUtcNow()), cancellationToken))
            {
                foreach (var profile in data.Profiles)
                {
                    await session.AddProfileAsync(profile, cancellationToken);
                }

                profiles = await session.CommitAsync(cancellationToken);
            }

            // Chats the user already has (perhaps marked not attending) are left as the user set them.
            foreach (var chat in data.Chats)
            {
                if (await chats.FindAsync(chat.Name, cancellationToken) is null)
                {
                    await chats.SaveAsync(chat, cancellationToken);
                }
            }

            foreach (var transcript in data.Transcripts)
            {
                if (await chats.FindAsync(transcript.ChatName, cancellationToken) is { } chat)
                {
                    await chats.AddTranscriptPostsAsync(chat.Id, transcript.Posts, cancellationToken);
                    await chatTouches.RecordAsync(chat, cancellationToken);
                }
            }

            await SetCadencesAsync(cancellationToken);
            return new DemoSummary(archive, profiles, await overview.GetOverviewAsync(cancellationToken));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The people the user talks with most get a cadence of their own (weekly, then monthly), the next ones
    /// a list with a cadence, set two months back so that those never reached since are due today. What the
    /// user already set is left alone.
    /// </summary>
    private async Task SetCadencesAsync(CancellationToken cancellationToken)
    {
        var top = await contacts.ListAsync(new ContactQuery(Take: WeeklyPeople + MonthlyPeople + ListPeople), cancellationToken);
        var since = clock.GetUtcNow().AddDays(-60);
        foreach (var (person, index) in top.Take(WeeklyPeople + MonthlyPeople).Select((p, i) => (p, i)))
        {
            if ((await cadences.GetInputsAsync(person.PersonId, cancellationToken))?.Own is null)
            {
                var tier = index < WeeklyPeople ? CadenceTiers.Weekly : CadenceTiers.Monthly;
                await cadences.SetPersonCadenceAsync(person.PersonId, new PersonCadence(tier, since), cancellationToken);
            }
        }

        if (await lists.FindAsync(ListName, cancellationToken) is null)
        {
            var list = await lists.CreateAsync(ListName, cancellationToken);
            await cadences.SetListCadenceAsync(list.Id, CadenceTiers.EveryTwoWeeks, since, cancellationToken);
            await lists.AddMembersAsync(list.Id, [.. top.Skip(WeeklyPeople + MonthlyPeople).Select(p => p.PersonId)], cancellationToken);
        }
    }
}
