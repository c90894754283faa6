using System.IO.Compression;
using System.Text;
using Rapport.Importers.XArchive;
using Rapport.Importers.XArchive.Demo;

namespace Rapport.Cli.Tests;

/// <summary>Archives written to a temporary folder: generated good ones, and the broken shapes users meet.</summary>
internal sealed class ArchiveFixtures : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rapport-archives-");

    public static DemoArchiveSettings Small { get; } = DemoArchiveSettings.Demo with
    {
        PostCount = 400,
        FollowerCount = 60,
        FollowingCount = 40,
        DirectMessageCount = 50,
        LikeCount = 80,
        ListMembershipCount = 3,
        CastSize = 12,
    };

    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    public async Task<string> WriteAsync(string name, DemoArchiveSettings settings, XArchiveEra era = XArchiveEra.Tweets, bool folder = false)
    {
        var path = PathOf(name);
        var demo = DemoArchiveGenerator.Generate(settings);
        var options = new XArchiveWriterOptions { Era = era, GeneratedAt = settings.End, MaxPartBytes = 64 * 1024 };
        if (folder)
        {
            await demo.WriteFolderAsync(path, CancellationToken.None, options);
        }
        else
        {
            await demo.WriteZipAsync(path, CancellationToken.None, options);
        }

        return path;
    }

    public async Task<string> WriteContentAsync(string name, XArchiveContent content, DateTimeOffset generatedAt)
    {
        var path = PathOf(name);
        await new XArchiveWriter(new XArchiveWriterOptions { GeneratedAt = generatedAt }).WriteZipAsync(path, content, CancellationToken.None);
        return path;
    }

    public async Task<string> WriteGrailbirdAsync(string name, DemoArchiveSettings settings)
    {
        var path = PathOf(name);
        var demo = DemoArchiveGenerator.Generate(settings);
        await GrailbirdArchiveWriter.WriteZipAsync(path, demo.Ego, demo.Content.Posts, CancellationToken.None);
        return path;
    }

    /// <summary>A ZIP whose entries are given as name and text, for the broken cases.</summary>
    public string WriteZip(string name, params (string Entry, string Text)[] entries)
    {
        var path = PathOf(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
