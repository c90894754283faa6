namespace Rapport.Storage.Model;

/// <summary>One weekly posting slot of a network, as a wall-clock time in the user's zone.</summary>
public sealed class CurationPostingSlot
{
    public long Id { get; set; }
    public required string Network { get; set; }

    /// <summary>ISO day of the week: 1 is Monday, 7 is Sunday.</summary>
    public int Day { get; set; }

    /// <summary>Minutes after local midnight.</summary>
    public int Minute { get; set; }
}
