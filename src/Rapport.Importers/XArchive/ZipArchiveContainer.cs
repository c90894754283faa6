using System.IO.Compression;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

internal sealed class ZipArchiveContainer : IArchiveContainer
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ArchiveReadOptions _options;
    private readonly string _archiveName;

    private ZipArchiveContainer(string source, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, ArchiveReadOptions options)
    {
        Source = source;
        _zip = zip;
        _entries = entries;
        _options = options;
        _archiveName = Path.GetFileName(source);
    }

    public string Source { get; }

    public IReadOnlyCollection<string> EntryNames => _entries.Keys;

    public static ZipArchiveContainer Open(string path, ArchiveReadOptions options)
    {
        var archiveName = Path.GetFileName(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 16 * 1024, FileOptions.RandomAccess);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException ex)
        {
            file.Dispose();
            throw new ArchiveFormatException(archiveName, $"not a readable ZIP archive (missing or damaged central directory: {ex.Message})", null, ex);
        }

        try
        {
            return new ZipArchiveContainer(path, zip, IndexEntries(archiveName, zip, file.Length), options);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Contains(string name) => _entries.ContainsKey(name);

    public long GetLength(string name) => _entries[name].Length;

    public string Fingerprint(string name) =>
        FormattableString.Invariant($"{_entries[name].Length}:{_entries[name].Crc32:x8}");

    /// <summary>Refuses an entry whose header already shows it to be a bomb, before a byte is inflated.</summary>
    public void CheckDeclaredSize(string name)
    {
        var entry = _entries[name];
        if (entry.Length > _options.MaxEntryBytes)
        {
            throw new ArchiveFormatException(name, $"declares {entry.Length} bytes, over the limit of {_options.MaxEntryBytes}; refused as a possible ZIP bomb");
        }

        if (entry.Length > RatioLimit(entry))
        {
            throw new ArchiveFormatException(name, $"declares a compression ratio over {_options.MaxCompressionRatio}:1 ({entry.CompressedLength} to {entry.Length} bytes); refused as a possible ZIP bomb");
        }
    }

    public Stream Open(string name, ArchiveDataReadProgress progress)
    {
        if (NeverReadFiles.Contains(name))
        {
            throw new InvalidOperationException($"{name} holds personal data that is never read.");
        }

        CheckDeclaredSize(name);
        var entry = _entries[name];
        var (limit, description) = Limit(entry);
        Stream inflating;
        try
        {
            inflating = entry.Open();
        }
        catch (InvalidDataException ex)
        {
            throw new ArchiveFormatException(name, $"cannot be read from {_archiveName}: {ex.Message}", null, ex);
        }

        return new GuardedEntryStream(inflating, name, limit, description, progress);
    }

    public void Dispose() => _zip.Dispose();

    private static Dictionary<string, ZipArchiveEntry> IndexEntries(string archiveName, ZipArchive zip, long archiveLength)
    {
        IReadOnlyCollection<ZipArchiveEntry> all;
        try
        {
            all = zip.Entries;
        }
        catch (InvalidDataException ex)
        {
            throw new ArchiveFormatException(archiveName, $"the ZIP directory is damaged: {ex.Message}", null, ex);
        }

        string? root = null;
        foreach (var entry in all)
        {
            if (ArchiveEntryNames.EscapesRoot(entry.FullName))
            {
                throw new ArchiveFormatException(archiveName, $"entry \"{entry.FullName}\" would be written outside the archive folder");
            }

            if (entry.CompressedLength > archiveLength)
            {
                throw new ArchiveFormatException(archiveName, $"entry \"{entry.FullName}\" claims more compressed data than the file holds: the ZIP is truncated");
            }

            var prefix = ArchiveEntryNames.PrefixBeforeDataFolder(entry.FullName);
            if (prefix is not null && (root is null || prefix.Length < root.Length))
            {
                root = prefix;
            }
        }

        root ??= string.Empty;
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in all)
        {
            if (entry.FullName.StartsWith(root, StringComparison.Ordinal) && !entry.FullName.EndsWith('/'))
            {
                entries[entry.FullName[root.Length..]] = entry;
            }
        }

        return entries;
    }

    private long RatioLimit(ZipArchiveEntry entry) =>
        entry.CompressedLength > long.MaxValue / _options.MaxCompressionRatio
            ? long.MaxValue
            : Math.Max(entry.CompressedLength, 1) * _options.MaxCompressionRatio;

    private (long Limit, string Description) Limit(ZipArchiveEntry entry)
    {
        var limits = new (long Limit, string Description)[]
        {
            (entry.Length, $"its declared size of {entry.Length} bytes"),
            (_options.MaxEntryBytes, $"the limit of {_options.MaxEntryBytes} bytes"),
            (RatioLimit(entry), $"a compression ratio of {_options.MaxCompressionRatio}:1"),
        };
        return limits.MinBy(limit => limit.Limit);
    }
}
