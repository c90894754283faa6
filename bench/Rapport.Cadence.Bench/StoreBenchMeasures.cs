namespace Rapport.Cadence.Bench;

/// <param name="SkipFullScans">Leave out the naive scan and the rebuild after a time-zone change: only the warm reads and the logged touches.</param>
/// <param name="TouchesLogged">How many touches are logged, each followed by a read of the queue.</param>
internal sealed record StoreBenchMeasures(bool SkipFullScans, int TouchesLogged);
