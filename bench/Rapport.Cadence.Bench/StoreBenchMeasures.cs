namespace Rapport.Cadence.Bench;

/// <param name="SkipFullScans">Leave out the naive scan and the rebuild after a time-zone change: only the warm reads and the logged touches.</param>
/// <param name="TouchesLogged">How many touches are logged, each followed by a read of the queue: once right after start, once after the warm-up.</param>
/// <param name="WarmUpTouches">
/// Touches logged and read, unmeasured, between the two: a running app has long since compiled its code
/// fully, while the first touches after start run the JIT's quick first tier.
/// </param>
/// <param name="BulkMembers">When above zero, only the bulk changes of a list of this many people are measured (<see cref="BulkChangeBench"/>).</param>
internal sealed record StoreBenchMeasures(bool SkipFullScans, int TouchesLogged, int WarmUpTouches, int BulkMembers);
