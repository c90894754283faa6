using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests;

public sealed class SecurityTests(DemoApp app) : IClassFixture<DemoApp>
{
    public static TheoryData<string> Addresses => ["/", "/today", "/people", "/people/iandogs", "/api/today", "/api/people", "/openapi/v1.json", "/css/site.css"];

    public static TheoryData<string> Pages => ["/", "/today", "/people", "/people/iandogs", "/people?q=coffee&p=2", "/followers", "/followers/rules?preview=true"];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_a_strict_content_security_policy_and_the_other_headers(string address)
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_hold_no_inline_script_or_style_and_load_nothing_from_elsewhere(string page)
    {
        using var client = app.Factory.CreateBrowserClient();

        var html = await client.GetStringAsync(page);

        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<style", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\sstyle=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\son[a-z]+=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.Contains("class=\"skip-link\" href=\"#main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_so_dns_rebinding_cannot_reach_the_app()
    {
        using var client = app.Factory.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/today");
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_state_changing_api_call_without_a_token_is_refused_with_a_problem()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.PostAsJsonAsync("/api/people/iandogs/notes", new { markdown = "hello" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Antiforgery token refused.", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_token_without_its_cookie_is_refused()
    {
        using var owner = app.Factory.CreateBrowserClient();
        await owner.WithApiTokenAsync();
        using var stranger = app.Factory.CreateBrowserClient();
        stranger.DefaultRequestHeaders.Add("RequestVerificationToken", owner.DefaultRequestHeaders.GetValues("RequestVerificationToken").Single());

        using var response = await stranger.PostAsJsonAsync("/api/people/iandogs/notes", new { markdown = "hello" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not match", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/iandogs?handler=Note", "markdown")]
    [InlineData("/today?handler=Skip", "personId")]
    [InlineData("/?handler=Demo", "x")]
    public async Task A_page_form_posted_without_its_token_is_refused(string action, string field)
    {
        using var client = app.Factory.CreateBrowserClient();
        await client.GetAsync("/");

        using var response = await client.PostFormAsync(action, (field, "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_and_same_site_strict()
    {
        using var client = app.Factory.CreateBrowserClient();

        using var response = await client.GetAsync("/api/antiforgery");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rapport-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
