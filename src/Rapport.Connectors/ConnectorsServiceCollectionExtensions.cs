using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rapport.Connectors.Curation;
using Rapport.Connectors.Web;
using Rapport.Core.Curation;

namespace Rapport.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the safe web fetcher, article extraction, highlights and site profiles, with
    /// <see cref="WebFetchOptions"/> bound from <c>Rapport:WebFetch</c> and validated on start.
    /// Needs logging registered by the host.
    /// </summary>
    public static IServiceCollection AddRapportConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WebFetchOptions>()
            .Bind(configuration.GetSection(WebFetchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebFetchOptions>, WebFetchOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, SystemHostResolver>();
        services.TryAddSingleton<IWebFetcher, SafeWebFetcher>();
        services.TryAddSingleton<IArticleExtractor, ArticleExtractor>();
        services.TryAddSingleton<IArticleReader, ArticleReader>();
        services.TryAddSingleton<ISiteProfileReader, SiteProfileReader>();
        services.TryAddSingleton<IHighlightLocator, HighlightLocator>();
        return services;
    }
}
