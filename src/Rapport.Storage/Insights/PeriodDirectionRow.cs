namespace Rapport.Storage.Insights;

/// <summary>One row of the touches-per-period query.</summary>
internal sealed class PeriodDirectionRow
{
    public int Period { get; set; }

    public string Direction { get; set; } = string.Empty;

    public long Touches { get; set; }
}
