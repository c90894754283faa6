namespace Rapport.Core.Cadence;

/// <summary>A named cadence: how often, and which touches count towards it.</summary>
public sealed record CadenceTier
{
    public const int MaxNameLength = 64;

    public CadenceTier(string name, CadenceInterval interval, TouchKindFilter counts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
        if (interval.Count == 0)
        {
            throw new ArgumentException("An interval must be made with CadenceInterval.Days or Months.", nameof(interval));
        }

        Name = name.Trim();
        Interval = interval;
        Counts = counts;
    }

    public string Name { get; }

    public CadenceInterval Interval { get; }

    public TouchKindFilter Counts { get; }

    public override string ToString() => Name;
}
