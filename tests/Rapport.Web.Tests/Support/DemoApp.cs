using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;

namespace Rapport.Web.Tests.Support;

/// <summary>One app per test class, holding the sample account; tests in a class pick different people.</summary>
public sealed class DemoApp : IAsyncLifetime
{
    public RapportWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        await Factory.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
