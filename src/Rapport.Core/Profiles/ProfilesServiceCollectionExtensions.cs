using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Search;
using Rapport.Core.Triage;

namespace Rapport.Core.Profiles;

public static class ProfilesServiceCollectionExtensions
{
    /// <summary>Profile imports, search across the network, follower overlap and follower triage.</summary>
    public static IServiceCollection AddRapportProfiles(this IServiceCollection services)
    {
        services.AddSingleton<ProfileImportService>();
        services.AddSingleton<ProfileSearchService>();
        services.AddSingleton<FollowOverlapService>();
        services.AddSingleton<TriageService>();
        services.AddSingleton<IFollowerStrengthScorer, ConnectionStrengthScorer>();
        return services;
    }
}
