using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests.Connections;

/// <summary>
/// A person's connection points read their newest posts through the author index; a planner without statistics
/// after a large import scans every post instead, so a large import leaves statistics behind.
/// </summary>
public sealed class ImportStatisticsTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_large_import_leaves_statistics_on_the_posts(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        Assert.False(await HasPostStatisticsAsync(database));

        await using (var session = await database.Get<ILedgerImporter>().BeginAsync(new ImportSessionOptions(SocialNetwork.X, "test", Records.Epoch), CancellationToken.None))
        {
            await session.SetEgoAsync(Records.Ego("1", "dana"), CancellationToken.None);
            for (var person = 0; person < 1_000; person++)
            {
                var id = (1_000 + person).ToString(CultureInfo.InvariantCulture);
                await session.AddProfileAsync(new ProfileRecord { ExternalId = id, Handle = "user" + id, Bio = "Coffee snob" }, CancellationToken.None);
                for (var post = 0; post < 10; post++)
                {
                    await session.AddPostAsync(
                        new PostRecord { ExternalId = id + "-" + post.ToString(CultureInfo.InvariantCulture), AuthorExternalId = id, CreatedAt = Records.Epoch.AddHours(-post), Text = "Post " + post.ToString(CultureInfo.InvariantCulture), Kind = PostKind.Original },
                        CancellationToken.None);
                }
            }

            await session.CommitAsync(CancellationToken.None);
        }

        Assert.True(await HasPostStatisticsAsync(database));
    }

    private static async Task<bool> HasPostStatisticsAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var sql = database.Engine == TestDatabase.Sqlite
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'"
            : "SELECT COUNT(*) AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'posts' AND last_analyze IS NOT NULL";
        if (await context.Database.SqlQueryRaw<long>(sql).SingleAsync() == 0)
        {
            return false;
        }

        return database.Engine != TestDatabase.Sqlite
            || await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'posts'").SingleAsync() > 0;
    }
}
