using Microsoft.Extensions.DependencyInjection;

namespace Rapport.Core.Connections;

public static class ConnectionsServiceCollectionExtensions
{
    /// <summary>The connection service; the stores and the lexicon source come from the storage layer.</summary>
    public static IServiceCollection AddRapportConnections(this IServiceCollection services)
    {
        services.AddSingleton<ConnectionService>();
        return services;
    }
}
