namespace Rapport.Importers.XArchive;

public sealed record XArchiveWriterOptions
{
    public XArchiveEra Era { get; init; } = XArchiveEra.Tweets;

    /// <summary>X splits a data file at about 100 MB.</summary>
    public long MaxPartBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Stamped into the manifest; taken as a value so that writing needs no clock.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public bool WriteManifest { get; init; } = true;

    /// <summary>Lists each data type's parts last first, as real manifests may.</summary>
    public bool ManifestPartsReversed { get; init; }

    /// <summary>The oldest tweet.js files put the post itself in each element, without the "tweet" wrapper.</summary>
    public bool WrapPosts { get; init; } = true;

    /// <summary>Posts longer than this are written truncated, with their full text in note-tweet.js (tweets era only).</summary>
    public int NoteTweetThreshold { get; init; } = 280;

    /// <summary>A folder inside the ZIP that holds "data/", as when the user re-zipped an unpacked archive; empty for none.</summary>
    public string ZipRootFolder { get; init; } = string.Empty;

    /// <summary>Adds personal files (ip-audit.js, phone-number.js...) whose content no reader must open.</summary>
    public bool IncludePersonalFiles { get; init; }

    /// <summary>Indented JSON as in real archives; compact is smaller and faster to write.</summary>
    public bool Indented { get; init; } = true;
}
