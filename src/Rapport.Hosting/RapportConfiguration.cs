using Microsoft.Extensions.Configuration;

namespace Rapport.Hosting;

/// <summary>
/// The configuration both faces read: appsettings.json beside the program, <c>RAPPORT__Section__Key</c>
/// environment variables, the short <c>RAPPORT_DB</c> and <c>RAPPORT_POSTGRES</c> variables, and finally
/// what the command line set (highest precedence).
/// </summary>
public static class RapportConfiguration
{
    public static IConfiguration Build(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var shortVariables = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("RAPPORT_DB") is { Length: > 0 } db)
        {
            shortVariables["Storage:SqlitePath"] = db;
        }

        if (Environment.GetEnvironmentVariable("RAPPORT_POSTGRES") is { Length: > 0 } postgres)
        {
            shortVariables["Storage:PostgresConnectionString"] = postgres;
        }

        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("RAPPORT__")
            .AddInMemoryCollection(shortVariables)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
    }
}
