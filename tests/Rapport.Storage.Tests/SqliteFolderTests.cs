using System.Runtime.Versioning;
using Microsoft.Extensions.Logging.Abstractions;
using Rapport.Storage.Sqlite;

namespace Rapport.Storage.Tests;

[SupportedOSPlatform("linux")]
public sealed class SqliteFolderTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task The_folder_created_for_the_database_is_the_owners_alone()
    {
        var root = Directory.CreateTempSubdirectory("rapport-folder-");
        try
        {
            var folder = Path.Combine(root.FullName, "rapport");
            var engine = new SqliteEngine(Path.Combine(folder, "rapport.db"), TimeProvider.System, NullLogger<SqliteEngine>.Instance);

            await using (var context = engine.CreateContext())
            {
                await context.Database.EnsureCreatedAsync();
            }

            Assert.Equal(OwnerOnly, File.GetUnixFileMode(folder));
            Assert.True(File.Exists(Path.Combine(folder, "rapport.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_folder_that_already_exists_keeps_the_mode_its_owner_gave_it()
    {
        var root = Directory.CreateTempSubdirectory("rapport-folder-");
        try
        {
            var shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
            File.SetUnixFileMode(root.FullName, shared);
            var engine = new SqliteEngine(Path.Combine(root.FullName, "rapport.db"), TimeProvider.System, NullLogger<SqliteEngine>.Instance);

            await using (var context = engine.CreateContext())
            {
                await context.Database.EnsureCreatedAsync();
            }

            Assert.Equal(shared, File.GetUnixFileMode(root.FullName));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }
}
