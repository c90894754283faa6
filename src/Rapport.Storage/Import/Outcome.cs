namespace Rapport.Storage.Import;

/// <summary>What an import did to one row. Ordered so that the strongest outcome wins when a row is seen twice.</summary>
internal enum Outcome
{
    None,
    Unchanged,
    Updated,
    New,
}
