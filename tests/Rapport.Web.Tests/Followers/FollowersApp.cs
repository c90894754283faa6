using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Followers;

/// <summary>The sample account plus the triage followers, one app per test class, since decisions and rules change who is in triage.</summary>
public sealed class FollowersApp : IAsyncLifetime
{
    public RapportWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        await Factory.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
        await TriageFollowers.AddAsync(Factory.Services);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
