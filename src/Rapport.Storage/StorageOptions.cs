using System.ComponentModel.DataAnnotations;

namespace Rapport.Storage;

/// <summary>
/// Where the ledger lives. SQLite in the user's data directory unless a PostgreSQL connection string is
/// given; nothing else needs choosing.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file; defaults to <c>~/.local/share/rapport/rapport.db</c> on Linux.</summary>
    [MaxLength(4096)]
    public string? SqlitePath { get; set; }

    /// <summary>When set, PostgreSQL is used instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string ResolvedSqlitePath => string.IsNullOrWhiteSpace(SqlitePath) ? DefaultSqlitePath : Path.GetFullPath(SqlitePath);

    public static string DefaultSqlitePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "rapport",
        "rapport.db");
}
