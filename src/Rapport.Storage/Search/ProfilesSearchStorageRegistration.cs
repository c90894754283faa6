using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Profiles;
using Rapport.Core.Search;
using Rapport.Core.Triage;
using Rapport.Storage.Postgres;
using Rapport.Storage.Profiles;
using Rapport.Storage.Sqlite;
using Rapport.Storage.Triage;

namespace Rapport.Storage.Search;

internal static class ProfilesSearchStorageRegistration
{
    /// <summary>The stores of profiles, search and triage; the search dialect follows the engine the options choose.</summary>
    public static IServiceCollection AddProfilesSearchStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton<ISearchDialect>(options.UsesPostgres ? new PostgresSearchDialect() : new SqliteSearchDialect());
        services.AddSingleton<IProfileSearchStore, ProfileSearchStore>();
        services.AddSingleton<IFollowGraphStore, FollowGraphStore>();
        services.AddSingleton<IProfileHistoryStore, ProfileHistoryStore>();
        services.AddSingleton<ITriageStore, TriageStore>();
        return services;
    }
}
