using System.CommandLine;

namespace Rapport.Cli.Infrastructure;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "The SQLite database file (default: ~/.local/share/rapport/rapport.db; env RAPPORT_DB)",
        HelpName = "PATH",
        Recursive = true,
    };

    public static readonly Option<string?> Postgres = new("--postgres")
    {
        Description = "Use PostgreSQL with this connection string instead of SQLite (env RAPPORT_POSTGRES)",
        HelpName = "CONNECTION-STRING",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write machine-readable JSON to standard output",
        Recursive = true,
    };
}
