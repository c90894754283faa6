using Rapport.Core.Import;

namespace Rapport.Importers.XArchive.Demo;

/// <summary>The demo data: a generated X archive written as a real ZIP, its people's profiles, its chats and their transcripts.</summary>
public sealed class DemoDataSource : IDemoDataSource
{
    public async Task<DemoDataSet> CreateAsync(string folder, int seed, CancellationToken cancellationToken)
    {
        var demo = DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo with { Seed = seed });
        var path = Path.Combine(folder, "demo-archive.zip");
        await demo.WriteZipAsync(path, cancellationToken);
        var crowds = DemoChatCrowds.For(demo);
        var chats = DemoChatDirectory.For(demo, crowds);
        return new DemoDataSet(path, [.. demo.People.Select(ToProfile)])
        {
            Chats = chats,
            Transcripts = DemoChatTranscripts.For(demo, chats, crowds),
        };
    }

    private static ProfileRecord ToProfile(DemoPerson person) => new()
    {
        ExternalId = person.ExternalId,
        Handle = person.Handle,
        DisplayName = person.DisplayName,
        Bio = person.Bio,
        Location = person.Location,
        Website = person.Website,
    };
}
