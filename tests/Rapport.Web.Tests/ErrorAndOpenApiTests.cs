using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Ledger;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

public sealed class ErrorAndOpenApiTests
{
    [Fact]
    public async Task An_unexpected_failure_is_a_problem_without_a_stack_trace_and_pages_show_the_error_page()
    {
        await using var factory = new RapportWebFactory(services: s => s.AddSingleton<ILedgerOverviewStore, FailingOverviewStore>());
        using var client = factory.CreateBrowserClient();

        using var api = await client.GetAsync("/api/import/overview");
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/");
        pageRequest.Headers.Accept.ParseAdd("text/html");
        using var page = await client.SendAsync(pageRequest);

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var body = await api.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong on our side.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingOverviewStore.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Rapport", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingOverviewStore.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Rapport", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();

        using var response = await client.GetAsync("/api/no/such/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_route()
    {
        await using var factory = new RapportWebFactory();
        using var client = factory.CreateBrowserClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "/api/antiforgery", "/api/today", "/api/today/{personId}/touches", "/api/today/{personId}/snooze", "/api/today/{personId}/skip",
                "/api/people", "/api/people/{handle}", "/api/people/{handle}/notes", "/api/people/{handle}/cadence",
                "/api/people/{handle}/touches", "/api/people/{handle}/lists", "/api/people/{handle}/lists/{list}",
                "/api/import/overview", "/api/import/demo", "/api/import/x-archive",
            },
            paths);
    }

    private sealed class FailingOverviewStore : ILedgerOverviewStore
    {
        public const string Secret = "internal detail 4711";

        public Task<LedgerOverview> GetOverviewAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }
}
