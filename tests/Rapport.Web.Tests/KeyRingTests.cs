using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Rapport.Web.Infrastructure;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

/// <summary>The Data Protection key ring: kept in the data directory, encrypted at rest, and the same after a restart.</summary>
public sealed class KeyRingTests : IDisposable
{
    private const string CookieName = "rapport-antiforgery";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("rapport-web-keys-");

    private static Dictionary<string, string?> Settings(DirectoryInfo data) => new() { ["Storage:SqlitePath"] = Path.Combine(data.FullName, "rapport.db") };

    [Fact]
    public async Task The_key_ring_lives_in_the_data_directory_encrypted_and_its_certificate_is_owner_only()
    {
        await using (var factory = new RapportWebFactory(Settings(_data)))
        {
            using var client = factory.CreateBrowserClient();
            await client.FormTokenAsync("/settings");
        }

        var keys = Directory.GetFiles(Path.Combine(_data.FullName, KeyRingProtection.KeysFolderName), "key-*.xml");
        var ring = await File.ReadAllTextAsync(Assert.Single(keys));
        Assert.Contains("<encryptedSecret", ring, StringComparison.Ordinal);
        Assert.Contains("EncryptedData", ring, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", ring, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", ring, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            var certificate = Path.Combine(_data.FullName, KeyRingProtection.CertificateFileName);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(Path.Combine(_data.FullName, KeyRingProtection.KeysFolderName)));
        }
    }

    [Fact]
    public async Task A_data_directory_the_app_creates_is_the_owners_alone()
    {
        var data = new DirectoryInfo(Path.Combine(_data.FullName, "not-yet"));
        await using (var factory = new RapportWebFactory(Settings(data)))
        {
            using var client = factory.CreateBrowserClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        Assert.True(File.Exists(Path.Combine(data.FullName, "rapport.db")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data.FullName));
        }
    }

    [Fact]
    public async Task A_form_token_issued_before_a_restart_is_accepted_after_it_and_refused_by_another_key_ring()
    {
        string cookie;
        string token;
        await using (var before = new RapportWebFactory(Settings(_data)))
        {
            using var client = RawClient(before);
            using var page = await client.GetAsync("/settings");
            cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
            token = Http.FormToken(await page.Content.ReadAsStringAsync());
        }

        var other = Directory.CreateTempSubdirectory("rapport-web-keys-other-");
        try
        {
            await using var after = new RapportWebFactory(Settings(_data));
            await using var stranger = new RapportWebFactory(Settings(other));

            Assert.Equal(HttpStatusCode.Redirect, (await SaveTierAsync(RawClient(after), cookie, token)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await SaveTierAsync(RawClient(stranger), cookie, token)).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            other.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    private static HttpClient RawClient(RapportWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<HttpResponseMessage> SaveTierAsync(HttpClient client, string cookie, string token)
    {
        using (client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/settings?handler=Tier")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("name", "fortnightly"), new("interval", "2w")]),
            };
            request.Headers.Add("Cookie", cookie);
            return await client.SendAsync(request);
        }
    }
}
