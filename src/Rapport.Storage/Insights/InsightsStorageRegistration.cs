using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Insights;

namespace Rapport.Storage.Insights;

public static class InsightsStorageRegistration
{
    /// <summary>The ledger's aggregates for charts, on the engine <see cref="StorageServiceCollectionExtensions.AddRapportStorage"/> chose.</summary>
    public static IServiceCollection AddRapportInsightsStorage(this IServiceCollection services) =>
        services.AddSingleton<ILedgerInsightsStore, LedgerInsightsStore>();
}
