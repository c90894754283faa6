using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

public sealed class FollowersOpenApiTests
{
    [Fact]
    public async Task The_openapi_document_describes_the_followers_rules_connections_and_openers_routes()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "/api/followers", "/api/followers/{personId}/decision", "/api/followers/rules", "/api/followers/rules/{id}",
                "/api/followers/rules/preview", "/api/followers/rules/apply", "/api/connections/{personId}",
                "/api/connections/{personId}/decisions", "/api/openers/{personId}", "/api/openers/{personId}/drafts",
                "/api/people/by-id/{personId}",
            },
            paths);
    }
}
