using System.Collections.Frozen;

namespace Rapport.Core.Connections;

/// <summary>
/// Normalises profile locations against a small gazetteer of cities, US states, Canadian provinces, countries
/// and time-zone hints. It claims only what the string supports: "Portland, OR" is Portland, Oregon;
/// "Portland" alone stays ambiguous unless the profile's time zone decides; "Earth" and "the internet" are
/// not places; anything else stays unknown.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => new Gazetteer(
        InterestLexicon.Resource("places.tsv"), InterestLexicon.Resource("not-places.txt")));

    private static readonly char[] Separators = [',', '/', '|', '·', '•', ';', '–', '—', '&', '+', '(', ')', '\n'];

    private readonly FrozenDictionary<string, KnownPlace[]> _byAlias;
    private readonly FrozenDictionary<string, KnownPlace> _regionsByCode;
    private readonly FrozenSet<string> _notPlaces;
    private readonly FrozenSet<string> _defaultSenses;
    private readonly int _longestAlias;

    public Gazetteer(string placesTsv, string notPlaces)
    {
        var byAlias = new Dictionary<string, List<KnownPlace>>(StringComparer.Ordinal);
        var regions = new Dictionary<string, KnownPlace>(StringComparer.Ordinal);
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in InterestLexicon.DataLines(placesTsv))
        {
            var cells = line.Split('\t');
            var level = cells[0] switch
            {
                "city" => PlaceLevel.City,
                "region" => PlaceLevel.Region,
                "country" => PlaceLevel.Country,
                _ => PlaceLevel.TimeZone,
            };
            var place = new KnownPlace(cells[1], level, cells[2], Empty(cells[3]), Empty(cells[4]), Empty(cells[5]));
            var aliases = cells.Length > 6 ? cells[6].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            if (aliases.Any(alias => alias.StartsWith('*')))
            {
                defaults.Add(place.Id);
            }

            foreach (var alias in aliases.Select(alias => alias.TrimStart('*')).Append(cells[2]).Select(Normalize).Distinct(StringComparer.Ordinal))
            {
                if (!byAlias.TryGetValue(alias, out var list))
                {
                    byAlias[alias] = list = [];
                }

                list.Add(place);
            }

            if (level == PlaceLevel.Region && place.Region is not null)
            {
                regions[place.Country + ":" + place.Region] = place;
            }
        }

        _byAlias = byAlias.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _regionsByCode = regions.ToFrozenDictionary(StringComparer.Ordinal);
        _defaultSenses = defaults.ToFrozenSet(StringComparer.Ordinal);
        _longestAlias = byAlias.Keys.Max(alias => alias.Split(' ').Length);
        _notPlaces = InterestLexicon.DataLines(notPlaces).Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
    }

    public static Gazetteer Default => LazyDefault.Value;

    public PlaceGuess Normalize(string? location, string? timeZone)
    {
        var zone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();
        if (string.IsNullOrWhiteSpace(location))
        {
            return PlaceGuess.Unknown with { TimeZone = zone };
        }

        var text = location.Length > 200 ? location[..200] : location;
        var whole = Normalize(text);
        if (whole.Length == 0 || _notPlaces.Contains(whole))
        {
            return new PlaceGuess(whole.Length == 0 ? PlaceCertainty.Unknown : PlaceCertainty.NotAPlace, text) { TimeZone = zone };
        }

        var segments = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var cities = new List<List<KnownPlace>>();
        var regions = new List<KnownPlace>();
        var countries = new List<KnownPlace>();
        var zones = new List<KnownPlace>();
        var notPlace = false;
        foreach (var segment in segments)
        {
            var normalized = Normalize(segment);
            if (normalized.Length == 0)
            {
                continue;
            }

            if (_notPlaces.Contains(normalized))
            {
                notPlace = true;
                continue;
            }

            // "OR", "ME", "IN" are words too: a region code counts only as written, in capitals, after a place.
            var trimmed = segment.Trim().TrimEnd('.');
            if (cities.Count > 0 && trimmed.Length == 2 && trimmed.All(char.IsAsciiLetterUpper))
            {
                var country = cities[^1].Select(place => place.Country).FirstOrDefault(country => country is "US" or "CA") ?? "US";
                if (_regionsByCode.TryGetValue(country + ":" + trimmed, out var coded))
                {
                    regions.Add(coded);
                    continue;
                }
            }

            Collect(normalized, cities, regions, countries, zones);
        }

        return Resolve(text, cities, regions, countries, zones, zone, notPlace);
    }

    private void Collect(string segment, List<List<KnownPlace>> cities, List<KnownPlace> regions, List<KnownPlace> countries, List<KnownPlace> zones)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length)
        {
            var matched = 0;
            for (var n = Math.Min(_longestAlias, words.Length - i); n >= 1; n--)
            {
                var alias = string.Join(' ', words, i, n);
                if (!_byAlias.TryGetValue(alias, out var places))
                {
                    continue;
                }

                // Two-letter aliases ("la", "sf", "dc") are trusted only when they are the whole segment.
                if (alias.Length <= 2 && words.Length > 1 && places.All(place => place.Level != PlaceLevel.TimeZone))
                {
                    continue;
                }

                var found = places.Where(place => place.Level == PlaceLevel.City).ToList();
                if (found.Count > 0)
                {
                    cities.Add(found);
                }

                regions.AddRange(places.Where(place => place.Level == PlaceLevel.Region));
                countries.AddRange(places.Where(place => place.Level == PlaceLevel.Country));
                zones.AddRange(places.Where(place => place.Level == PlaceLevel.TimeZone));
                matched = n;
                break;
            }

            i += Math.Max(matched, 1);
        }
    }

    private PlaceGuess Resolve(
        string text,
        List<List<KnownPlace>> cities,
        List<KnownPlace> regions,
        List<KnownPlace> countries,
        List<KnownPlace> zones,
        string? zone,
        bool notPlace)
    {
        var known = new List<KnownPlace>();
        List<KnownPlace> candidates = [];
        foreach (var namesakes in cities)
        {
            var narrowed = namesakes;
            if (regions.Count > 0)
            {
                var inRegion = narrowed.Where(city => regions.Any(region => region.Region == city.Region && region.Country == city.Country)).ToList();
                narrowed = inRegion.Count > 0 ? inRegion : narrowed;
            }

            if (narrowed.Count > 1 && countries.Count > 0)
            {
                var inCountry = narrowed.Where(city => countries.Any(country => country.Country == city.Country)).ToList();
                narrowed = inCountry.Count > 0 ? inCountry : narrowed;
            }

            var hint = zone ?? (zones.Count == 1 ? zones[0].TimeZone : null);
            if (narrowed.Count > 1 && hint is not null)
            {
                var inZone = narrowed.Where(city => SameZone(city.TimeZone, hint)).ToList();
                narrowed = inZone.Count > 0 ? inZone : narrowed;
            }

            if (narrowed.Count > 1 && narrowed.Count(city => _defaultSenses.Contains(city.Id)) == 1)
            {
                // "London" alone is London, UK: the name's usual sense, unless the string or the zone says otherwise.
                narrowed = [narrowed.First(city => _defaultSenses.Contains(city.Id))];
            }

            if (narrowed.Count == 1)
            {
                known.Add(narrowed[0]);
            }
            else
            {
                candidates = narrowed;
            }
        }

        if (known.Count == 0 && candidates.Count == 0)
        {
            known.AddRange(regions.Count > 0 ? regions.DistinctBy(region => region.Id) : countries.DistinctBy(country => country.Id));
        }

        var certainty = known.Count > 0 ? PlaceCertainty.Known
            : candidates.Count > 0 ? PlaceCertainty.Ambiguous
            : zones.Count > 0 ? PlaceCertainty.Known
            : notPlace ? PlaceCertainty.NotAPlace
            : PlaceCertainty.Unknown;
        if (known.Count == 0 && candidates.Count == 0 && zones.Count > 0)
        {
            known.AddRange(zones.Take(1));
        }

        var impliedZones = known.Select(place => place.TimeZone).Where(z => z is not null).Distinct(StringComparer.Ordinal).ToList();
        return new PlaceGuess(certainty, text)
        {
            Places = known,
            Candidates = candidates,
            TimeZone = zone ?? (impliedZones.Count == 1 ? impliedZones[0] : null),
        };
    }

    private static bool SameZone(string? a, string? b) =>
        a is not null && b is not null && (a == b || TimeZones.SameOffsets(a, b));

    private static string? Empty(string cell) => cell.Trim().Length == 0 ? null : cell.Trim();

    private static string Normalize(string text)
    {
        var tokens = Tokenizer.Tokenize(text.Replace('.', ' ').Replace('-', ' '));
        var words = tokens.Where(token => token.Kind is TokenKind.Word or TokenKind.Hashtag).Select(token => token.Key).ToList();
        // "Based in Berlin", "Living in Lisbon", "📍 Austin": the place is what follows.
        while (words.Count > 1 && words[0] is "based" or "living" or "located" or "in" or "near" or "from" or "currently" or "lives" or "sometimes" or "mostly")
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 && text.Trim() == "?")
        {
            return "?";
        }

        return string.Join(' ', words);
    }
}
