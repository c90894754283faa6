namespace Rapport.Web.Tests.Practices;

/// <summary>The practice pages' tests share one sample account: loading it once keeps the suite short.</summary>
[CollectionDefinition(Name)]
public sealed class PracticesCollection : ICollectionFixture<PracticesApp>
{
    public const string Name = "Practice pages";
}
