namespace Rapport.Importers.XArchive;

/// <summary>The files of an archive, whether zipped or unpacked, named by '/'-separated paths relative to its root.</summary>
internal interface IArchiveContainer : IDisposable
{
    string Source { get; }

    IReadOnlyCollection<string> EntryNames { get; }

    bool Contains(string name);

    /// <summary>The size the entry will have once read (declared, for a ZIP).</summary>
    long GetLength(string name);

    Stream Open(string name, ArchiveDataReadProgress progress);

    /// <summary>What identifies the entry's content without reading it: size and CRC-32 in a ZIP, size and time in a folder.</summary>
    string Fingerprint(string name);
}
