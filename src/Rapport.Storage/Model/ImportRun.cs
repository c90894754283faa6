namespace Rapport.Storage.Model;

/// <summary>A record of each completed import, with its summary as JSON.</summary>
public sealed class ImportRun
{
    public long Id { get; set; }
    public required string Source { get; set; }
    public required string Network { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime FinishedAt { get; set; }
    public required string Summary { get; set; }

    /// <summary>The source's content fingerprint and read options, when the source has one.</summary>
    public string? Fingerprint { get; set; }
}
