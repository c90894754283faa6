namespace Rapport.Core.Import;

/// <summary>What an import did to one kind of record.</summary>
public sealed record ImportKindCounts(string Kind, int New, int Updated, int Unchanged)
{
    public int Total => New + Updated + Unchanged;
}
