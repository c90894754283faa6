using System.Net.Http.Json;
using System.Text.Json;

namespace Rapport.Web.Tests.Support;

/// <summary>Handles and ids of the sample account's people, read through the API as any client would.</summary>
public static class DemoPeople
{
    public static async Task<(long Id, string Handle)> NthAsync(HttpClient client, int index)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/people?pageSize=100");
        var person = page.GetProperty("people")[index];
        return (person.GetProperty("personId").GetInt64(), person.GetProperty("handle").GetString()!);
    }

    /// <summary>Gives the person a cadence so that they enter the Today queue (the demo's last touches are months old).</summary>
    public static async Task<(long Id, string Handle)> DueAsync(HttpClient client, int index, string cadence = "weekly")
    {
        var person = await NthAsync(client, index);
        using var response = await client.PutAsJsonAsync($"/api/people/{person.Handle}/cadence", new { cadence });
        response.EnsureSuccessStatusCode();
        return person;
    }

    public static async Task<IReadOnlyList<long>> TodayAsync(HttpClient client)
    {
        var queue = await client.GetFromJsonAsync<JsonElement>("/api/today");
        return [.. queue.GetProperty("today").EnumerateArray().Select(e => e.GetProperty("personId").GetInt64())];
    }
}
