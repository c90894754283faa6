namespace Rapport.Importers.XArchive;

/// <summary>A record lacking what it must have; the caller adds the file and position.</summary>
internal sealed class InvalidRecordException(string problem) : Exception(problem);
