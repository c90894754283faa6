namespace Rapport.Core.Import;

public sealed record ImportSummary(string Source, IReadOnlyList<ImportKindCounts> Kinds, TimeSpan Elapsed)
{
    public bool ChangedAnything => Kinds.Any(kind => kind.New > 0 || kind.Updated > 0);

    public ImportKindCounts this[string kind] =>
        Kinds.FirstOrDefault(counts => string.Equals(counts.Kind, kind, StringComparison.Ordinal))
        ?? new ImportKindCounts(kind, 0, 0, 0);
}
