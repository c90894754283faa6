using Rapport.Core.Import;

namespace Rapport.Web.Features.Start;

public sealed record ImportResult(string Source, IReadOnlyList<ImportKindCounts> Kinds, bool ChangedAnything, double Seconds)
{
    public static ImportResult From(ImportSummary summary) =>
        new(summary.Source, summary.Kinds, summary.ChangedAnything, Math.Round(summary.Elapsed.TotalSeconds, 2));
}
