namespace Rapport.Importers.XArchive;

/// <summary>Adds up the bytes read across every data file of one archive, for a single progress display.</summary>
internal sealed class ArchiveDataReadProgress(IProgress<long>? sink)
{
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public void Add(long bytes)
    {
        var total = Interlocked.Add(ref _total, bytes);
        sink?.Report(total);
    }
}
