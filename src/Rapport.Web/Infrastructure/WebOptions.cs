using System.ComponentModel.DataAnnotations;

namespace Rapport.Web.Infrastructure;

/// <summary>The "Web" configuration section: where the app listens and how large an upload may be.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// Even on one machine the app holds a whole social life: it listens on loopback unless told otherwise.
    /// </summary>
    [Required]
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests); the address actually bound is printed on start.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5000;

    /// <summary>
    /// The largest archive upload. The CLI reads archives of any size but refuses any single entry above 4 GiB
    /// (<c>ArchiveReadOptions.MaxEntryBytes</c>); an X archive is a handful of such entries, so 32 GiB covers
    /// every archive the CLI takes while still bounding what a request can write to disk.
    /// </summary>
    [Range(1024, long.MaxValue)]
    public long MaxArchiveUploadBytes { get; set; } = 32L * 1024 * 1024 * 1024;

    /// <summary>
    /// Keeps what the Today and People pages read until the database changes (<see cref="PageDataCache"/>). On by
    /// default; off, every request reads the ledger again, which the benchmark uses to measure the reads themselves.
    /// </summary>
    public bool CachePageData { get; set; } = true;

    /// <summary>
    /// Where an uploaded archive is staged while it is read; the system's temporary folder when not set. The file
    /// is deleted once the import ends, refused or not.
    /// </summary>
    public string? UploadFolder { get; set; }
}
