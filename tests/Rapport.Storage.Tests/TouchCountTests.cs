using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rapport.Core.Cadence;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Touches;
using Rapport.Core.Contacts;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>
/// The touch count and last touch the people listing reads are kept by the database for every writer of
/// touches; each test compares them with a count of the ledger itself.
/// </summary>
public sealed class TouchCountTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_import_counts_every_touch_and_importing_it_again_changes_nothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var before = await ListedAsync(database);

        await SeedAsync(database);

        Assert.Equal(before, await ListedAsync(database));
        var ana = before.Single(p => p.Handle == "ana");
        Assert.Equal(3, ana.TouchCount);
        Assert.Equal(Records.Epoch.AddMinutes(7), ana.LastTouchAt);
        Assert.Equal(0, before.Single(p => p.Handle == "quiet").TouchCount);
        Assert.Null(before.Single(p => p.Handle == "quiet").LastTouchAt);
        await AssertMatchesLedgerAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_touch_whose_time_an_import_changes_moves_the_last_touch(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), [Records.Reply("r1", "2001", "bob", minutes: 3)]);

        await ImportScenario.RunAsync(database, Records.Ego(), [Records.Reply("r1", "2001", "bob", minutes: 40)]);

        var bob = (await ListedAsync(database)).Single(p => p.Handle == "bob");
        Assert.Equal((1, Records.Epoch.AddMinutes(40)), (bob.TouchCount, bob.LastTouchAt));
        await AssertMatchesLedgerAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_touch_log_moves_the_count_and_a_backdated_touch_keeps_the_latest(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var bob = (await ListedAsync(database)).Single(p => p.Handle == "bob");
        var log = database.Get<ITouchLog>();

        await log.LogAsync(bob.PersonId, TouchChannel.DirectMessage, "cold brew", Records.Epoch.AddDays(3), None);
        await log.LogAsync(bob.PersonId, TouchChannel.Reply, null, Records.Epoch.AddDays(-3), TouchDirection.In, None);

        var after = (await ListedAsync(database)).Single(p => p.Handle == "bob");
        Assert.Equal((bob.TouchCount + 2, Records.Epoch.AddDays(3)), (after.TouchCount, after.LastTouchAt));
        await AssertMatchesLedgerAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_like_resolved_at_the_end_of_an_import_is_counted(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var like = new LikeRecord("500", Records.Epoch.AddDays(-1), "Cold brew season", "https://x.com/i/web/status/500");
        await ImportScenario.RunAsync(database, Records.Ego(), likes: [like]);

        await ImportScenario.RunAsync(database, Records.Ego(), [Records.Original("500", author: "2001", text: "Cold brew season")], likes: [like]);

        var person = Assert.Single(await ListedAsync(database));
        Assert.Equal(1, person.TouchCount);
        Assert.NotNull(person.LastTouchAt);
        await AssertMatchesLedgerAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Chat_touches_are_counted_once(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var session = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
        await ImportScenario.RunAsync(database, Records.Ego(), [
            Records.Original("e0", text: "Q1: What are you reading? #testchat") with { CreatedAt = session.AddMinutes(1), Hashtags = ["testchat"] },
        ]);
        var store = database.Get<IChatStore>();
        var chat = await store.SaveAsync(
            new ChatDefinition
            {
                Name = "Test Chat",
                Hashtags = ["testchat"],
                Hosts = ["ego"],
                RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU",
                TimeZoneId = "America/New_York",
                FirstDate = new DateOnly(2026, 9, 1),
                StartTime = new TimeOnly(20, 0),
                Duration = TimeSpan.FromHours(1),
                Attending = true,
            },
            None);
        await store.AddTranscriptPostsAsync(
            chat.Id,
            [
                new("a1", "ana", session.AddMinutes(3), "A1 a novel #testchat", "e0"),
                new("e1", "ego", session.AddMinutes(5), "@ana which one? #testchat", "a1"),
            ],
            None);
        var recorder = database.Get<ChatTouchRecorder>();

        await recorder.RecordAsync(chat, None);
        await recorder.RecordAsync(chat, None);

        var ana = (await ListedAsync(database)).Single(p => p.Handle == "ana");
        Assert.Equal((2, session.AddMinutes(5)), (ana.TouchCount, ana.LastTouchAt));
        await AssertMatchesLedgerAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Deleting_a_touch_or_moving_it_to_another_person_recounts_both(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var listed = await ListedAsync(database);
        var ana = listed.Single(p => p.Handle == "ana").PersonId;
        var bob = listed.Single(p => p.Handle == "bob").PersonId;
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            var latest = await context.Touches.Where(t => t.PersonId == ana).OrderByDescending(t => t.OccurredAt).FirstAsync(None);
            await context.Touches.Where(t => t.Id == latest.Id).ExecuteDeleteAsync(None);
            var moved = await context.Touches.Where(t => t.PersonId == ana).OrderBy(t => t.Id).FirstAsync(None);
            await context.Touches.Where(t => t.Id == moved.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.PersonId, bob), None);
        }

        var after = await ListedAsync(database);
        Assert.Equal(1, after.Single(p => p.PersonId == ana).TouchCount);
        Assert.Equal(listed.Single(p => p.PersonId == bob).TouchCount + 1, after.Single(p => p.PersonId == bob).TouchCount);
        await AssertMatchesLedgerAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_most_touched_order_is_the_one_counting_the_ledger_per_row_gave(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var store = database.Get<IContactStore>();
        await database.Get<ITouchLog>().LogAsync((await store.FindByHandleAsync("eve", None))!.PersonId, TouchChannel.DirectMessage, null, Records.Epoch.AddMinutes(1), None);

        var listed = await store.ListAsync(new ContactQuery(Take: 100) { Sort = ContactSort.MostTouched }, None);

        Assert.Equal(await CountedOrderAsync(database), listed.Select(p => p.PersonId));
        for (var skip = 0; skip < listed.Count; skip += 3)
        {
            var page = await store.ListAsync(new ContactQuery(Skip: skip, Take: 3) { Sort = ContactSort.MostTouched }, None);
            Assert.Equal(listed.Skip(skip).Take(3).Select(p => p.PersonId), page.Select(p => p.PersonId));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Migrating_a_ledger_that_has_touches_counts_them(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migrate: false);
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            var migrations = context.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_TouchCounts", StringComparison.Ordinal)) - 1];
            await context.GetService<IMigrator>().MigrateAsync(previous, None);
        }

        await SeedWithoutCountsAsync(database);
        await database.Get<Core.Administration.IDatabaseMigrator>().MigrateAsync(None);

        var listed = await ListedAsync(database);
        var ana = listed.Single(p => p.Handle == "ana");
        Assert.Equal((3, Records.Epoch.AddMinutes(7)), (ana.TouchCount, ana.LastTouchAt));
        Assert.Equal((0, (DateTimeOffset?)null), (listed.Single(p => p.Handle == "quiet").TouchCount, listed.Single(p => p.Handle == "quiet").LastTouchAt));
        await AssertMatchesLedgerAsync(database);
        Assert.Equal(await CountedOrderAsync(database), (await database.Get<IContactStore>().ListAsync(new ContactQuery(Take: 100) { Sort = ContactSort.MostTouched }, None)).Select(p => p.PersonId));
    }

    /// <summary>A ledger written as the schema before the counts held it (rows by plain SQL): three people, five touches.</summary>
    private static async Task SeedWithoutCountsAsync(TestDatabase database)
    {
        await using var connection = Open(database);
        var at = Records.Epoch.UtcDateTime;
        async Task ExecuteAsync(string sql, params object[] values)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                parameter.Value = values[i];
                command.Parameters.Add(parameter);
            }

            await command.ExecuteNonQueryAsync(None);
        }

        string[] handles = ["ana", "bob", "quiet"];
        for (var p = 1; p <= handles.Length; p++)
        {
            await ExecuteAsync("INSERT INTO people (id, display_name, is_ego, created_at) VALUES (@p0, NULL, FALSE, @p1)", (long)p, at);
            await ExecuteAsync(
                """
                INSERT INTO identities (id, person_id, network, external_key, external_id, handle, handle_key, is_ego, first_seen, last_seen, content_hash)
                VALUES (@p0, @p0, 'X', @p1, @p1, @p2, @p2, FALSE, @p3, @p3, 0)
                """,
                (long)p,
                "20" + p.ToString(System.Globalization.CultureInfo.InvariantCulture),
                handles[p - 1],
                at);
        }

        (long Person, int Minutes)[] touches = [(1, 0), (1, 7), (1, 3), (2, 1), (2, 2)];
        for (var t = 0; t < touches.Length; t++)
        {
            await ExecuteAsync(
                """
                INSERT INTO touches (person_id, identity_id, channel, direction, visibility, occurred_at, is_time_estimated, source_ref, recorded_at, content_hash)
                VALUES (@p0, @p0, 'Reply', 'Out', 'Public', @p1, FALSE, @p2, @p1, 0)
                """,
                touches[t].Person,
                at.AddMinutes(touches[t].Minutes),
                "old:" + t.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static DbConnection Open(TestDatabase database)
    {
        DbConnection connection = database.SqlitePath is { } path
            ? new SqliteConnection("Data Source=" + path)
            : new NpgsqlConnection(database.Settings["Storage:PostgresConnectionString"]);
        connection.Open();
        return connection;
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        string[] handles = ["ana", "bob", "carl", "Dana", "eve"];
        var replies = handles.Select((handle, i) => Records.Reply("r" + i, (2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), handle, minutes: i))
            .Append(Records.Reply("r8", "2000", "ana", minutes: 6))
            .Append(Records.Reply("r9", "2000", "ana", minutes: 7))
            .Append(Records.Reply("r10", "2003", "Dana", minutes: 8))
            .ToList();
        DirectMessageRecord[] messages = [Records.Message("m1", "3001", "1000"), Records.Message("m2", "3002", "1000", minutes: 2), Records.Message("m3", "3002", "1000", minutes: 4)];
        FollowRecord[] follows = [new("2009", FollowDirection.FollowsEgo)];
        await ImportScenario.RunAsync(database, Records.Ego(), replies, follows: follows, messages: messages);
        await AddQuietPersonAsync(database);
    }

    /// <summary>Someone the ledger knows without a touch, so the listing has an untouched tail.</summary>
    private static async Task AddQuietPersonAsync(TestDatabase database)
    {
        var importer = database.Get<ILedgerImporter>();
        await using var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, "test", Records.Epoch), None);
        await session.SetEgoAsync(Records.Ego(), None);
        await session.AddProfileAsync(new ProfileRecord { ExternalId = "2999", Handle = "quiet" }, None);
        await session.CommitAsync(None);
    }

    private static async Task<List<ContactSummary>> ListedAsync(TestDatabase database) =>
        [.. await database.Get<IContactStore>().ListAsync(new ContactQuery(Take: ContactQuery.MaxTake), None)];

    /// <summary>Every listed row's figures are those of a count of the ledger for its person.</summary>
    private static async Task AssertMatchesLedgerAsync(TestDatabase database)
    {
        var contacts = database.Get<IContactStore>();
        var listed = await ListedAsync(database);
        Assert.NotEmpty(listed);
        foreach (var row in listed)
        {
            var details = (await contacts.FindByIdAsync(row.PersonId, None))!;
            var latest = details.LastTouchOut > details.LastTouchIn || details.LastTouchIn is null ? details.LastTouchOut : details.LastTouchIn;
            Assert.Equal((details.TouchesOut + details.TouchesIn, latest), (row.TouchCount, row.LastTouchAt));
        }
    }

    /// <summary>The most-touched order as it was computed before the counts were kept: a count of the ledger per row.</summary>
    private static async Task<List<long>> CountedOrderAsync(TestDatabase database)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.person_id FROM identities AS i
            WHERE NOT i.is_ego
            ORDER BY (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = i.person_id) DESC, i.handle_key IS NULL, i.handle_key, i.id
            """;
        var order = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(None);
        while (await reader.ReadAsync(None))
        {
            order.Add(reader.GetInt64(0));
        }

        return order;
    }
}
