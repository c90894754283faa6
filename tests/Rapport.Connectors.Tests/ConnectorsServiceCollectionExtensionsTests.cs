using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rapport.Connectors.Tests.Support;
using Rapport.Connectors.Web;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Tests;

public sealed class ConnectorsServiceCollectionExtensionsTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public void Registers_every_port_behind_the_safe_fetcher()
    {
        using var provider = Build([]);

        Assert.IsType<SafeWebFetcher>(provider.GetRequiredService<IWebFetcher>());
        Assert.NotNull(provider.GetRequiredService<IArticleExtractor>());
        Assert.NotNull(provider.GetRequiredService<IArticleReader>());
        Assert.NotNull(provider.GetRequiredService<ISiteProfileReader>());
        Assert.NotNull(provider.GetRequiredService<IHighlightLocator>());
    }

    [Fact]
    public void Binds_the_options_from_configuration()
    {
        using var provider = Build(new()
        {
            ["Rapport:WebFetch:MaxResponseBytes"] = "1048576",
            ["Rapport:WebFetch:TotalTimeout"] = "00:00:20",
            ["Rapport:WebFetch:MaxRedirects"] = "3",
            ["Rapport:WebFetch:LoopbackPortsAllowedForTesting:0"] = "8080",
        });

        var options = provider.GetRequiredService<IOptions<WebFetchOptions>>().Value;

        Assert.Equal(1048576, options.MaxResponseBytes);
        Assert.Equal(TimeSpan.FromSeconds(20), options.TotalTimeout);
        Assert.Equal(3, options.MaxRedirects);
        Assert.Equal([8080], options.LoopbackPortsAllowedForTesting);
    }

    [Theory]
    [InlineData("Rapport:WebFetch:MaxRedirects", "99")]
    [InlineData("Rapport:WebFetch:MaxResponseBytes", "0")]
    [InlineData("Rapport:WebFetch:ConnectTimeout", "00:01:00")]
    [InlineData("Rapport:WebFetch:LoopbackPortsAllowedForTesting:0", "70000")]
    public void Refuses_invalid_options(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WebFetchOptions>>().Value);
    }

    [Fact]
    public async Task The_registered_fetcher_refuses_loopback_by_default()
    {
        using var provider = Build([]);
        var reader = provider.GetRequiredService<IArticleReader>();

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => reader.ReadAsync(site.Url("/blog/brew-by-weight"), CancellationToken.None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
    }

    [Fact]
    public async Task The_registered_reader_reads_an_article_when_the_test_port_is_configured()
    {
        using var provider = Build(new() { ["Rapport:WebFetch:LoopbackPortsAllowedForTesting:0"] = site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var article = await provider.GetRequiredService<IArticleReader>().ReadAsync(site.Url("/blog/brew-by-weight"), CancellationToken.None);

        Assert.Equal("Maya Okafor", article.Author);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRapportConnectors(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
