using Microsoft.Extensions.Configuration;
using Rapport.Storage;

namespace Rapport.Hosting;

/// <summary>
/// The folder Rapport keeps its own files in: the SQLite database's folder, or, on PostgreSQL, the folder the
/// SQLite database would default to (<c>~/.local/share/rapport</c> on Linux).
/// </summary>
public static class RapportDataDirectory
{
    public static string Resolve(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var database = storage.UsesPostgres ? StorageOptions.DefaultSqlitePath : storage.ResolvedSqlitePath;
        return Path.GetDirectoryName(database)!;
    }
}
