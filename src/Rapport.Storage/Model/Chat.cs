namespace Rapport.Storage.Model;

/// <summary>A chat in the directory. Hashtags and hosts are JSON arrays; the schedule is kept as entered.</summary>
public sealed class Chat
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The name lower-cased: one chat per name on every engine.</summary>
    public required string NameKey { get; set; }
    public required string Hashtags { get; set; }
    public required string Hosts { get; set; }
    public string? Topic { get; set; }
    public string? Description { get; set; }
    public required string RecurrenceRule { get; set; }
    public required string TimeZoneId { get; set; }
    public DateOnly FirstDate { get; set; }
    public TimeOnly StartTime { get; set; }
    public int DurationMinutes { get; set; }
    public bool Attending { get; set; }
    public DateTime UpdatedAt { get; set; }
}
