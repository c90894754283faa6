namespace Rapport.Cadence.Bench;

/// <param name="SetBased">Write the workspace inside the database (<c>--generate sql</c>) rather than through the import session.</param>
/// <param name="Keep">Leave the database in place afterwards, so later runs can read it again.</param>
/// <param name="Database">An existing workspace to read again (a SQLite path or a PostgreSQL database name); nothing is written.</param>
/// <param name="WriteOnly">Stop once the workspace is written (with <c>--keep</c>, to measure it in later runs).</param>
internal sealed record StoreBenchOptions(bool SetBased, bool Keep, string? Database, bool WriteOnly);
