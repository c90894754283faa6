namespace Rapport.Connectors.Tests.Support;

/// <summary>The hand-written pages under Fixtures/, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
