namespace Rapport.Storage.Import;

/// <summary>The few column types the bulk paths write; each engine maps them to its own.</summary>
internal enum ColumnType
{
    Int64,
    Int32,
    Text,
    Boolean,
    Timestamp,
}
