using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rapport.Connectors.Web;

namespace Rapport.Connectors.Tests.Support;

internal static class Fetchers
{
    /// <summary>A fetcher that may reach the fixture site's loopback port and nothing else on loopback.</summary>
    public static SafeWebFetcher ForSite(FixtureSite site, IHostResolver? resolver = null, TimeProvider? time = null, Action<WebFetchOptions>? configure = null)
    {
        var options = new WebFetchOptions();
        options.LoopbackPortsAllowedForTesting.Add(site.Port);
        configure?.Invoke(options);
        return Create(options, resolver, time);
    }

    public static SafeWebFetcher Create(WebFetchOptions options, IHostResolver? resolver = null, TimeProvider? time = null) =>
        new(Options.Create(options), resolver ?? new FakeHostResolver(), time ?? TimeProvider.System, NullLogger<SafeWebFetcher>.Instance);
}
