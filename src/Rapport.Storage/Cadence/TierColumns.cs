using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Cadence;

/// <summary>A tier is stored as its name, interval and the filter's bit masks, wherever it is kept.</summary>
internal static class TierColumns
{
    public static CadenceTier ToTier(string name, CadenceUnit unit, int count, int channels, int directions, int visibilities) => new(
        name,
        unit == CadenceUnit.Days ? CadenceInterval.Days(count) : CadenceInterval.Months(count),
        TouchKindFilter.Create(
            Enum.GetValues<TouchChannel>().Where(c => (channels & (1 << (int)c)) != 0),
            Enum.GetValues<TouchDirection>().Where(d => (directions & (1 << (int)d)) != 0),
            Enum.GetValues<TouchVisibility>().Where(v => (visibilities & (1 << (int)v)) != 0)));
}
