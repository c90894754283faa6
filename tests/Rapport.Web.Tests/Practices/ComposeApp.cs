using Rapport.Web.Testing;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

/// <summary>An empty app whose fetcher may reach one real local blog, <see cref="LocalArticleSite"/>.</summary>
public sealed class ComposeApp : IAsyncLifetime, IAsyncDisposable
{
    private LocalArticleSite? _site;
    private RapportWebFactory? _factory;

    public LocalArticleSite Site => _site ?? throw new InvalidOperationException("The fixture has not started.");

    public RapportWebFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _site = await LocalArticleSite.StartAsync();
        _factory = new RapportWebFactory(settings: new Dictionary<string, string?>([_site.FetchPermission]));
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
