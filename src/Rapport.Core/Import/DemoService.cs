using Rapport.Core.Chats;
using Rapport.Core.Chats.Touches;
using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>
/// Gives a newcomer Rapport with data in one step: generates a sample archive, imports it the way a real
/// one is imported, then adds the profiles the archive names only by id and
/// the chats the account takes part in with transcripts of their other participants. Running it twice changes nothing.
/// </summary>
public sealed class DemoService(
    IDemoDataSource source,
    ArchiveImportService archives,
    ILedgerImporter importer,
    ILedgerOverviewStore overview,
    IChatStore chats,
    ChatTouchRecorder chatTouches,
    TimeProvider clock)
{
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

            return new DemoSummary(archive, profiles, await overview.GetOverviewAsync(cancellationToken));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
