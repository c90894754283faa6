using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;

namespace Rapport.Web.Tests.Support;

/// <summary>One app per test class, holding the sample account; tests in a class pick different people.</summary>
public sealed class DemoApp : IAsyncLifetime
{
    // The demo already puts some of its people in the queue; a capacity above the demo's size keeps every person a
    // test makes due in today's part rather than spread to the days ahead.
    public RapportWebFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["Cadence:DailyCapacity"] = "500" });

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        await Factory.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
