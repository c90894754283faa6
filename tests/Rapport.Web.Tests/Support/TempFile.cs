namespace Rapport.Web.Tests.Support;

/// <summary>A file (and optionally its folder) deleted when the test is done with it.</summary>
public sealed class TempFile(string? path = null, string? folder = null) : IDisposable
{
    public string Path { get; } = path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rapport-web-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
        else
        {
            File.Delete(Path);
        }
    }
}
