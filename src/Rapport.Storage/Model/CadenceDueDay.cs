using Rapport.Core.Cadence;

namespace Rapport.Storage.Model;

/// <summary>
/// How many people of the due cache fall due on one day with one interval, kept beside the cache in the
/// same transaction as every change to it. The Today queue's "how many are due" and its list of intervals
/// are sums over these few thousand rows instead of counts over every due person.
/// </summary>
public sealed class CadenceDueDay
{
    public CadenceUnit IntervalUnit { get; set; }
    public int IntervalCount { get; set; }
    public DateOnly DueDay { get; set; }
    public int People { get; set; }
}
