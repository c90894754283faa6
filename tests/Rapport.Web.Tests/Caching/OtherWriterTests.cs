using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Cadence;
using Rapport.Hosting;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Caching;

/// <summary>
/// The pages keep what they read until the database changes; a write that does not pass through the web app (the
/// CLI in another process, another connection) must still show on the very next request.
/// </summary>
public sealed class OtherWriterTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_name_changed_through_another_connection_shows_on_the_next_people_page()
    {
        using var client = app.Factory.CreateClient();
        var (id, handle) = await DemoPeople.NthAsync(client, 3);
        var url = "/api/people?q=" + Uri.EscapeDataString(handle);
        Assert.DoesNotContain("Renamed Elsewhere", await client.GetStringAsync(url), StringComparison.Ordinal);
        Assert.DoesNotContain("Renamed Elsewhere", await client.GetStringAsync("/people?q=" + Uri.EscapeDataString(handle)), StringComparison.Ordinal);

        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.Factory.DatabasePath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE identities SET display_name = 'Renamed Elsewhere' WHERE person_id = $id";
            update.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var page = await client.GetFromJsonAsync<JsonElement>(url);
        var person = page.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("personId").GetInt64() == id);
        Assert.Equal("Renamed Elsewhere", person.GetProperty("displayName").GetString());
        Assert.Contains("Renamed Elsewhere", await client.GetStringAsync("/people?q=" + Uri.EscapeDataString(handle)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snooze_made_by_a_separate_composition_root_leaves_the_next_today_page()
    {
        using var client = await app.Factory.CreateBrowserClient().WithApiTokenAsync();
        var (id, _) = await DemoPeople.DueAsync(client, 12);
        Assert.Contains(id, await DemoPeople.TodayAsync(client));
        Assert.Contains(id, await DemoPeople.TodayAsync(client));

        // The command line's composition over the same file: its own engine, contexts and connections.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Storage:SqlitePath", app.Factory.DatabasePath)])
            .Build();
        await using (var cli = new ServiceCollection().AddRapport(configuration).BuildServiceProvider())
        {
            await using var scope = cli.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TodayQueueService>().SnoozeAsync(id, 7, "away", CancellationToken.None);
        }

        Assert.DoesNotContain(id, await DemoPeople.TodayAsync(client));
        Assert.DoesNotContain("data-person-id=\"" + id.ToString(CultureInfo.InvariantCulture) + "\"", await client.GetStringAsync("/today"), StringComparison.Ordinal);
    }
}
