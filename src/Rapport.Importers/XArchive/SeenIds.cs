using System.Globalization;

namespace Rapport.Importers.XArchive;

/// <summary>Ids already read, to drop the duplicates unordered parts contain; numeric ids are kept as numbers to save memory.</summary>
internal sealed class SeenIds
{
    private readonly HashSet<long> _numbers = [];
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    public bool Add(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number.ToString(CultureInfo.InvariantCulture) == id
            ? _numbers.Add(number)
            : _others.Add(id);
}
