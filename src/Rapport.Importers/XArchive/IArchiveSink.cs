namespace Rapport.Importers.XArchive;

/// <summary>Where a written archive goes; entries are written one at a time, as a ZIP requires.</summary>
internal interface IArchiveSink : IAsyncDisposable
{
    Stream CreateEntry(string name);
}
