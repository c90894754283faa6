using System.Text.Json;
using Rapport.Core.Connections;

namespace Rapport.Connections.Tests;

/// <summary>
/// The fast paths of ranking give what the straightforward ones give: tokens read through the remembered forms
/// equal tokens computed afresh, and a parallel ranking equals finding each person's points one at a time.
/// </summary>
public sealed class RankingEquivalenceTests
{
    private static readonly string[] Tricky =
    [
        "Coffee's my thing ☕️☕🏽 & dogs 🐕‍🦺 #CoffeeLover #café @Dana_Writes",
        "Kaffee-Junkie, Läuferin, Straße; Groß und klein",
        "Java devs drinking java at https://example.com/java?x=1). Then http://EXAMPLE.org!",
        "İstanbul ĞÜŞ ß ﬁne naïve Ærø 東京 カフェ ＃コーヒー",
        "don't can't dog's Dana’s it’s O'Brien's",
        "Python 🐍 and Rust 🦀: #Python3 #rustlang 10k 5K 42",
        "👩🏽‍💻👨‍👩‍👧 🏃‍♀️ 🏃🏾‍♂️ 1️⃣ #️⃣",
        string.Empty,
        "a",
    ];

    [Fact]
    public void Remembered_token_forms_equal_forms_computed_afresh()
    {
        var texts = Corpus().ToList();
        Assert.True(texts.Count > 500, $"The corpus has only {texts.Count} texts.");
        foreach (var text in texts)
        {
            var fresh = Tokenizer.TokenizeUncached(text);
            // Twice: the first call may fill the remembered forms, the second reads them.
            Assert.Equal(fresh, Tokenizer.Tokenize(text));
            Assert.Equal(fresh, Tokenizer.Tokenize(text));
        }
    }

    [Fact]
    public void A_parallel_ranking_equals_each_person_found_alone()
    {
        var set = EvaluationSet.Load();
        var engine = new ConnectionEngine();
        foreach (var (name, egoSpec) in set.Egos)
        {
            var ego = engine.Prepare(egoSpec.ToEvidence(1));
            var people = set.Pairs.Select(pair => pair.Person.ToEvidence(pair.Id + 1)).ToList();
            var ranked = engine.Rank(ego, people);

            Assert.Equal(people.Count, ranked.Count);
            foreach (var entry in ranked)
            {
                var alone = engine.Find(ego, people.Single(person => person.PersonId == entry.PersonId));
                Assert.Equal(Json(alone), Json(entry.Points));
                Assert.Equal(ConnectionEngine.Strength(alone), entry.Strength);
            }

            Assert.True(ranked.Any(entry => entry.Points.Count > 0), $"No one connects with the ego {name}: the comparison would show nothing.");
        }
    }

    private static IEnumerable<string> Corpus()
    {
        var set = EvaluationSet.Load();
        var profiles = set.Egos.Values.Concat(set.Pairs.Select(pair => pair.Person));
        foreach (var profile in profiles)
        {
            foreach (var text in new[] { profile.Bio, profile.Location }.Concat(profile.Posts).Concat(profile.RepliesToEgo))
            {
                if (text is not null)
                {
                    yield return text;
                }
            }
        }

        // Every term of the lexicon: hashtags, emoji, phrases in several languages.
        foreach (var term in InterestLexicon.Default.Terms)
        {
            yield return term.Text;
        }

        foreach (var text in Tricky)
        {
            yield return text;
            yield return text.ToUpperInvariant();
        }
    }

    private static string Json(IReadOnlyList<ConnectionPoint> points) => JsonSerializer.Serialize(points);
}
