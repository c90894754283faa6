using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Connections;

namespace Rapport.Storage.Connections;

public static class ConnectionsStorageServiceCollectionExtensions
{
    /// <summary>The evidence source, the decision and site stores, and the user's synonym list.</summary>
    public static IServiceCollection AddRapportConnectionsStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton<IConnectionEvidenceSource, ConnectionEvidenceSource>();
        services.AddSingleton<IConnectionDecisionStore, ConnectionDecisionStore>();
        services.AddSingleton<ISiteSnapshotStore, SiteSnapshotStore>();
        services.AddSingleton<IInterestLexiconSource>(provider => new FileInterestLexiconSource(
            options, provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<FileInterestLexiconSource>>()));
        return services;
    }
}
