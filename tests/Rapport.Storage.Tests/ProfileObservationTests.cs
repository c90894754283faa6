using Microsoft.EntityFrameworkCore;
using Rapport.Core.Import;
using Rapport.Core.Profiles;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>When imported user files say follows were seen: from the data, never from file times.</summary>
public sealed class ProfileObservationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_copied_file_with_a_new_time_changes_nothing_not_even_the_seen_window(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var followers = "{\"data\":[" + ProfilesSearchStoreTests.User("1", "x1", "X1", "Coffee", null) + "," + ProfilesSearchStoreTests.User("2", "x2", "X2", null, null) + "]}";
        var original = folder.Write("users_100_followers.jsonl", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), followers);
        var import = database.Get<ProfileImportService>();
        var first = await import.ImportAsync(original, new ProfileImportOptions(), None);
        var window = await WindowsAsync(database);

        Directory.CreateDirectory(Path.Combine(folder.Path, "copy"));
        var copy = Path.Combine(folder.Path, "copy", "users_100_followers.jsonl");
        File.Copy(original, copy);
        File.SetLastWriteTimeUtc(copy, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        database.Clock.Advance(TimeSpan.FromDays(30));
        var again = await import.ImportAsync(copy, new ProfileImportOptions(), None);

        Assert.Equal(2, first[ImportKinds.Follows].New);
        Assert.False(again.ChangedAnything);
        Assert.Equal(2, again[ImportKinds.Follows].Unchanged);
        Assert.Equal(window, await WindowsAsync(database));
        Assert.All(window, w => Assert.Equal((Day(2026, 11, 26, 12), Day(2026, 11, 26, 12)), (w.First, w.Last)));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Retrieval_times_in_the_responses_stamp_the_follows_and_a_later_response_widens_the_window(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var users = "[" + ProfilesSearchStoreTests.User("1", "x1", "X1", null, null) + "]";
        var march = folder.Write("users_100_followers.jsonl", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":" + users + ",\"__twarc\":{\"url\":\"https://api.twitter.com/2/users/100/followers\",\"retrieved_at\":\"2026-03-01T10:00:00+00:00\"}}",
            "{\"data\":" + users + ",\"__twarc\":{\"url\":\"https://api.twitter.com/2/users/100/followers\",\"retrieved_at\":\"2026-03-02T10:00:00.250+00:00\"}}");
        var import = database.Get<ProfileImportService>();
        await import.ImportAsync(march, new ProfileImportOptions(), None);
        var before = Assert.Single(await WindowsAsync(database));

        Directory.CreateDirectory(Path.Combine(folder.Path, "may"));
        var may = Path.Combine(folder.Path, "may", "users_100_followers.jsonl");
        await File.WriteAllTextAsync(may, "{\"data\":" + users + ",\"__twarc\":{\"retrieved_at\":\"2026-05-01T08:00:00Z\"}}\n");
        var later = await import.ImportAsync(may, new ProfileImportOptions(), None);
        var after = Assert.Single(await WindowsAsync(database));

        // The newest retrieval of the file, to the second; not the file's time, not the clock.
        Assert.Equal((Day(2026, 3, 2, 10), Day(2026, 3, 2, 10)), (before.First, before.Last));
        Assert.True(later.ChangedAnything);
        Assert.Equal((Day(2026, 3, 2, 10), Day(2026, 5, 1, 8)), (after.First, after.Last));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Force_reads_known_content_again_at_the_time_of_the_import(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users_100_followers.jsonl", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("1", "x1", "X1", null, null) + "]}");
        var import = database.Get<ProfileImportService>();
        await import.ImportAsync(file, new ProfileImportOptions(), None);
        database.Clock.Advance(TimeSpan.FromDays(3));

        var forced = await import.ImportAsync(file, new ProfileImportOptions { Force = true }, None);

        Assert.Equal(1, forced[ImportKinds.Follows].Updated);
        Assert.Equal((Day(2026, 11, 26, 12), Day(2026, 11, 29, 12)), Assert.Single(await WindowsAsync(database)) is var w ? (w.First, w.Last) : default);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task In_a_mixed_folder_each_file_is_stamped_with_its_own_retrieval_time_or_else_the_import_time(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        folder.Write("users_100_followers.jsonl", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("1", "x1", "X1", null, null) + "],\"__twarc\":{\"retrieved_at\":\"2026-03-01T10:00:00Z\"}}");
        folder.Write("users_200_followers.json", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("2", "x2", "X2", null, null) + "]}");
        var import = database.Get<ProfileImportService>();

        var first = await import.ImportAsync(folder.Path, new ProfileImportOptions(), None);
        var windows = await OwnedWindowsAsync(database);
        var again = await import.ImportAsync(folder.Path, new ProfileImportOptions(), None);

        Assert.Equal(2, first[ImportKinds.Follows].New);
        Assert.Equal((Day(2026, 3, 1, 10), Day(2026, 3, 1, 10)), windows["x100"]);
        Assert.Equal((Day(2026, 11, 26, 12), Day(2026, 11, 26, 12)), windows["x200"]);
        Assert.False(again.ChangedAnything);
        Assert.Equal(windows, await OwnedWindowsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_forced_reimport_of_a_mixed_folder_moves_only_the_windows_of_files_without_a_retrieval_time(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        folder.Write("users_100_followers.jsonl", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("1", "x1", "X1", null, null) + "],\"__twarc\":{\"retrieved_at\":\"2026-03-01T10:00:00Z\"}}");
        folder.Write("users_200_followers.json", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("2", "x2", "X2", null, null) + "]}");
        var import = database.Get<ProfileImportService>();
        await import.ImportAsync(folder.Path, new ProfileImportOptions(), None);
        database.Clock.Advance(TimeSpan.FromDays(2));

        var forced = await import.ImportAsync(folder.Path, new ProfileImportOptions { Force = true }, None);
        var windows = await OwnedWindowsAsync(database);

        Assert.Equal((1, 1), (forced[ImportKinds.Follows].Updated, forced[ImportKinds.Follows].Unchanged));
        Assert.Equal((Day(2026, 3, 1, 10), Day(2026, 3, 1, 10)), windows["x100"]);
        Assert.Equal((Day(2026, 11, 26, 12), Day(2026, 11, 28, 12)), windows["x200"]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_bio_seen_in_an_older_retrieval_is_history_even_when_its_file_comes_first_by_name(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        // By name the file without a time (read at the import, the newest) comes first; the March look-up is older.
        folder.Write("a_users.json", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("1", "x1", "X1", "Coffee now", null) + "]}");
        folder.Write("b_users.jsonl", new DateTime(2026, 9, 9, 0, 0, 0, DateTimeKind.Utc),
            "{\"data\":[" + ProfilesSearchStoreTests.User("1", "x1", "X1", "Tea then", null) + "],\"__twarc\":{\"retrieved_at\":\"2026-03-01T10:00:00Z\"}}");

        await database.Get<ProfileImportService>().ImportAsync(folder.Path, new ProfileImportOptions(), None);

        await using var context = database.Get<IEngine>().CreateContext();
        var identity = await context.Identities.AsNoTracking().SingleAsync(i => i.ExternalId == "1", None);
        var bioChanges = await context.Set<Model.ProfileChangeEntry>().AsNoTracking().Where(c => c.IdentityId == identity.Id && c.Field == "Bio").ToListAsync(None);
        Assert.Equal("Coffee now", identity.Bio);
        Assert.Equal(
            [(null, "Tea then", Day(2026, 3, 1, 10)), ("Tea then", "Coffee now", Day(2026, 11, 26, 12))],
            bioChanges.OrderBy(c => c.Id).Select(c => (c.Before, c.After, DateTime.SpecifyKind(c.SeenAt, DateTimeKind.Utc))));
        Assert.Equal(Day(2026, 3, 1, 10), DateTime.SpecifyKind(identity.FirstSeen, DateTimeKind.Utc));
    }

    /// <summary>Each follow edge's seen window, by the handle of the account whose list named it.</summary>
    private static async Task<Dictionary<string, (DateTime First, DateTime Last)>> OwnedWindowsAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var rows = await context.Follows.AsNoTracking()
            .Join(context.Identities, f => f.EgoIdentityId, i => i.Id, (f, i) => new { i.ExternalId, f.FirstSeen, f.LastSeen })
            .ToListAsync(None);
        return rows.ToDictionary(
            r => "x" + r.ExternalId,
            r => (DateTime.SpecifyKind(r.FirstSeen, DateTimeKind.Utc), DateTime.SpecifyKind(r.LastSeen, DateTimeKind.Utc)));
    }

    private static DateTime Day(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static async Task<List<(long Id, DateTime First, DateTime Last)>> WindowsAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var rows = await context.Follows.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.FirstSeen, f.LastSeen }).ToListAsync(None);
        return [.. rows.Select(r => (r.Id, DateTime.SpecifyKind(r.FirstSeen, DateTimeKind.Utc), DateTime.SpecifyKind(r.LastSeen, DateTimeKind.Utc)))];
    }
}
