namespace Rapport.Storage.Import;

internal sealed record ColumnSpec(string Name, ColumnType Type);
