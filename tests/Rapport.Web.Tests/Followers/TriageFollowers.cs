using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

/// <summary>
/// Followers the ego does not follow back, added beside the sample account: one whose name and bio are markup
/// and script (and who mentions coffee, so a connection point quotes that bio), and one known only by id, as an archive names followers.
/// </summary>
public static class TriageFollowers
{
    public const string HostileName = HostileProfile.Name;
    public const string HostileBio = HostileProfile.Bio + " Coffee every morning.";
    /// <summary>An archive names a follower only by id: until a profile arrives, that id is all there is to call them by.</summary>
    public const string HandlelessExternalId = "88800888";

    public static async Task AddAsync(IServiceProvider services)
    {
        var importer = services.GetRequiredService<ILedgerImporter>();
        await using var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, "triage followers", DateTimeOffset.UnixEpoch), CancellationToken.None);
        // Follow edges belong to the archive's owner; the sample account's owner is named as the demo names them.
        await session.SetEgoAsync(
            new EgoProfile
            {
                ExternalId = "18297364",
                Handle = "danawrites",
                DisplayName = "Dana Whitfield",
                Bio = "Content marketer by day, marathoner by dawn. Pour-over evangelist & dog mom to Biscuit. Co-host of #blogchat.",
                Location = "Brooklyn, NY",
                Website = "https://danawrites.blog",
                TimeZone = "America/New_York",
            },
            CancellationToken.None);
        await session.AddProfileAsync(new ProfileRecord { ExternalId = "77700777", Handle = "eve_xss", DisplayName = HostileName, Bio = HostileBio }, CancellationToken.None);
        await session.AddFollowAsync(new FollowRecord("77700777", FollowDirection.FollowsEgo), CancellationToken.None);
        await session.AddFollowAsync(new FollowRecord(HandlelessExternalId, FollowDirection.FollowsEgo), CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>Pages through triage as a client would until a follower matches.</summary>
    public static async Task<JsonElement?> FindAsync(HttpClient client, Func<JsonElement, bool> match)
    {
        for (var page = 1; page <= 10; page++)
        {
            var answer = await client.GetFromJsonAsync<JsonElement>($"/api/followers?page={page}&pageSize=100");
            foreach (var follower in answer.GetProperty("followers").EnumerateArray())
            {
                if (match(follower))
                {
                    return follower;
                }
            }

            if (!answer.GetProperty("hasMore").GetBoolean())
            {
                break;
            }
        }

        return null;
    }

    public static bool Named(JsonElement follower, string name) => follower.GetProperty("name").GetString() == name;
}
