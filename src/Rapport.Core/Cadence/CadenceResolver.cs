using System.Globalization;

namespace Rapport.Core.Cadence;

/// <summary>
/// Decides which cadence applies to a person. A setting on the person wins (including "off"); otherwise
/// the shortest interval among their lists' cadences, ties broken by the lower list id so that the answer
/// never depends on the order the store returned the lists in.
/// </summary>
public static class CadenceResolver
{
    public static CadenceResolution Resolve(PersonCadence? own, IEnumerable<ListCadence> lists)
    {
        var inherited = lists
            .OrderBy(l => l.Tier.Interval.ApproximateDays)
            .ThenBy(l => l.ListId)
            .ToList();

        if (own is not null)
        {
            var overridden = inherited.Count == 0
                ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" (overrides {Describe(inherited[0])}{Others(inherited.Count - 1)})");
            return own.Tier is null
                ? new CadenceResolution(null, "turned off for this person" + overridden)
                : new CadenceResolution(ResolvedCadence.OnPerson(own.Tier, own.SetAt), "set on this person" + overridden);
        }

        if (inherited.Count == 0)
        {
            return new CadenceResolution(null, "no cadence on this person or any of their lists");
        }

        var shortest = inherited[0];
        var why = inherited.Count == 1
            ? $"from list \"{shortest.ListName}\""
            : string.Create(CultureInfo.InvariantCulture, $"from list \"{shortest.ListName}\", the shortest of their {inherited.Count} lists' cadences");
        return new CadenceResolution(ResolvedCadence.FromList(shortest), why);
    }

    private static string Describe(ListCadence list) => $"list \"{list.ListName}\" ({list.Tier.Name})";

    private static string Others(int count) => count switch
    {
        0 => string.Empty,
        1 => " and 1 other list",
        _ => string.Create(CultureInfo.InvariantCulture, $" and {count} other lists"),
    };
}
