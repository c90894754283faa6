using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Core.Profiles;
using Rapport.Importers.XApi;
using Rapport.Importers.XArchive;
using Rapport.Importers.XArchive.Demo;

namespace Rapport.Importers;

public static class ImportersServiceCollectionExtensions
{
    public static IServiceCollection AddRapportImporters(this IServiceCollection services)
    {
        services.AddSingleton<ISocialArchiveReader, XArchiveReader>();
        services.AddSingleton<IDemoDataSource, DemoDataSource>();
        services.AddSingleton<IProfileFileReader, XUserFileReader>();
        return services;
    }
}
