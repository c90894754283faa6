using Rapport.Connectors.Web;

namespace Rapport.Connectors.Tests;

public sealed class ProjectReferenceTests
{
    [Fact]
    public void Connectors_depend_on_no_rapport_project_but_core()
    {
        var ours = typeof(SafeWebFetcher).Assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Rapport.", StringComparison.Ordinal));

        Assert.Equal(["Rapport.Core"], ours);
    }
}
