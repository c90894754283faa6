namespace Rapport.Core.Ledger;

public interface ILedgerOverviewStore
{
    Task<LedgerOverview> GetOverviewAsync(CancellationToken cancellationToken);
}
