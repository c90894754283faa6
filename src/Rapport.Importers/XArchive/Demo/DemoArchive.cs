using Rapport.Core.Import;

namespace Rapport.Importers.XArchive.Demo;

/// <summary>
/// A generated account: its archive content (generated lazily while it is written) and the profiles of the
/// people in it, which the archive itself carries only as ids.
/// </summary>
public sealed class DemoArchive
{
    internal DemoArchive(DemoArchiveSettings settings, EgoProfile ego, IReadOnlyList<DemoPerson> people, XArchiveContent content)
    {
        Settings = settings;
        Ego = ego;
        People = people;
        Content = content;
    }

    public DemoArchiveSettings Settings { get; }

    public EgoProfile Ego { get; }

    /// <summary>Everyone in the archive: followers, following, and the cast the posts and messages name.</summary>
    public IReadOnlyList<DemoPerson> People { get; }

    public XArchiveContent Content { get; }

    public Task WriteZipAsync(string path, CancellationToken cancellationToken, XArchiveWriterOptions? options = null) =>
        new XArchiveWriter(options ?? new XArchiveWriterOptions { GeneratedAt = Settings.End }).WriteZipAsync(path, Content, cancellationToken);

    public Task WriteFolderAsync(string path, CancellationToken cancellationToken, XArchiveWriterOptions? options = null) =>
        new XArchiveWriter(options ?? new XArchiveWriterOptions { GeneratedAt = Settings.End }).WriteFolderAsync(path, Content, cancellationToken);
}
