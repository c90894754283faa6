using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Curation;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

/// <summary>An empty app whose articles come from <see cref="StubArticleReader"/>, so curation runs offline.</summary>
public sealed class ComposeApp : IAsyncLifetime
{
    public RapportWebFactory Factory { get; } = new(services: services => services.AddSingleton<IArticleReader, StubArticleReader>());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
