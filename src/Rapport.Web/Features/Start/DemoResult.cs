using Rapport.Core.Ledger;

namespace Rapport.Web.Features.Start;

public sealed record DemoResult(ImportResult Archive, LedgerOverview Overview);
