namespace Rapport.Core.Import;

public readonly record struct ImportProgress(string Stage, long BytesRead, long TotalBytes);
