using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Rapport.Web.Tests.Support;

/// <summary>What a browser or a script does around the app's antiforgery: fetch a token, then send it back.</summary>
public static partial class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Gets a token (its cookie lands in the client's jar) and sends it with every later request.</summary>
    public static async Task<HttpClient> WithApiTokenAsync(this HttpClient client)
    {
        var token = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", token.GetProperty("token").GetString());
        return client;
    }

    /// <summary>The hidden antiforgery field of the first form on a page, as a browser would submit it.</summary>
    public static async Task<string> FormTokenAsync(this HttpClient client, string page) => FormToken(await client.GetStringAsync(page));

    /// <summary>The hidden antiforgery field of the first form in a page's HTML.</summary>
    public static string FormToken(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "No antiforgery field in the page");
        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        await client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
