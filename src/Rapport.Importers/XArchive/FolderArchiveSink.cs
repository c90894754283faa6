namespace Rapport.Importers.XArchive;

internal sealed class FolderArchiveSink(string root) : IArchiveSink
{
    public Stream CreateEntry(string name)
    {
        var path = Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
