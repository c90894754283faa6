namespace Rapport.Storage.Import;

/// <summary>What an import knows of an existing row: enough to tell new, updated and unchanged apart.</summary>
internal sealed class RowState(long id, long hash)
{
    public long Id { get; } = id;

    public long Hash { get; set; } = hash;

    public Outcome Outcome { get; private set; }

    /// <summary>True when the row already held text that a record without text must not erase.</summary>
    public bool HasText { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public void Record(Outcome outcome)
    {
        if (outcome > Outcome)
        {
            Outcome = outcome;
        }
    }
}
