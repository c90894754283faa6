using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rapport.Core.Curation.Queue;

namespace Rapport.Core.Curation;

public static class CurationServiceCollectionExtensions
{
    /// <summary>
    /// Curation, the queue and the share-intent publisher. The storage registers the stores; a live connector
    /// adds its own <see cref="IPublisher"/>, which the queue prefers for the networks it can post to.
    /// </summary>
    public static IServiceCollection AddRapportCuration(this IServiceCollection services)
    {
        services.TryAddSingleton<CurationService>();
        services.TryAddSingleton<QueueService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublisher, ShareIntentPublisher>());
        return services;
    }
}
