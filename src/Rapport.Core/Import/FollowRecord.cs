using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>An edge of the ego's graph. Archives give ids only, and no date: the import stamps first/last seen.</summary>
public sealed record FollowRecord(string ExternalId, FollowDirection Direction);
