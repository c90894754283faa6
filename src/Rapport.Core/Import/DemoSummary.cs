using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

public sealed record DemoSummary(ImportSummary Archive, ImportSummary Profiles, LedgerOverview Overview);
