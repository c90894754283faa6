namespace Rapport.Importers.XArchive;

/// <summary>An archive the user unpacked. Links are not followed, so nothing outside the folder is read.</summary>
internal sealed class FolderArchiveContainer : IArchiveContainer
{
    private readonly Dictionary<string, string> _files;

    private FolderArchiveContainer(string source, Dictionary<string, string> files)
    {
        Source = source;
        _files = files;
    }

    public string Source { get; }

    public IReadOnlyCollection<string> EntryNames => _files.Keys;

    /// <summary>Accepts the archive's root folder, or its data folder itself.</summary>
    public static FolderArchiveContainer Open(string path)
    {
        var root = Path.GetFullPath(path);
        var namePrefix = string.Empty;
        if (!Directory.Exists(Path.Combine(root, "data")) && string.Equals(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), "data", StringComparison.Ordinal))
        {
            namePrefix = "data/";
        }

        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", enumeration))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            files[namePrefix + relative] = file;
        }

        return new FolderArchiveContainer(path, files);
    }

    public bool Contains(string name) => _files.ContainsKey(name);

    public long GetLength(string name) => new FileInfo(_files[name]).Length;

    public string Fingerprint(string name)
    {
        var file = new FileInfo(_files[name]);
        return FormattableString.Invariant($"{file.Length}:{file.LastWriteTimeUtc.Ticks}");
    }

    public Stream Open(string name, ArchiveDataReadProgress progress)
    {
        if (NeverReadFiles.Contains(name))
        {
            throw new InvalidOperationException($"{name} holds personal data that is never read.");
        }

        var stream = new FileStream(_files[name], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return new GuardedEntryStream(stream, name, long.MaxValue, "any size", progress);
    }

    public void Dispose()
    {
    }
}
