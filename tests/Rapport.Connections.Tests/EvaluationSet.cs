using Rapport.Core.Connections;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rapport.Connections.Tests;

/// <summary>The (ego, person) pairs of Evaluation/pairs.yaml and the points a careful reader expects for each.</summary>
internal sealed class EvaluationSet
{
    public Dictionary<string, ProfileSpec> Egos { get; set; } = [];

    public List<PairSpec> Pairs { get; set; } = [];

    public static EvaluationSet Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "pairs.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<EvaluationSet>(File.ReadAllText(path));
    }

    internal sealed class PairSpec
    {
        public int Id { get; set; }

        public string Ego { get; set; } = string.Empty;

        public ProfileSpec Person { get; set; } = new();

        public List<string> Expected { get; set; } = [];

        /// <summary>Odd pairs tune; even pairs are held out.</summary>
        public bool HeldOut => Id % 2 == 0;
    }

    internal sealed class ProfileSpec
    {
        public string Handle { get; set; } = string.Empty;

        public string? Bio { get; set; }

        public string? Location { get; set; }

        public string? TimeZone { get; set; }

        public List<string> Posts { get; set; } = [];

        public List<string> RepliesToEgo { get; set; } = [];

        public List<string> MutualFollows { get; set; } = [];

        public PersonEvidence ToEvidence(long id)
        {
            var at = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
            var posts = Posts.Select((text, i) => new EvidenceText(EvidenceSource.Post, text, $"https://x.com/{Handle}/status/{id * 100 + i}", at.AddDays(-i)))
                .Concat(RepliesToEgo.Select((text, i) => new EvidenceText(EvidenceSource.Reply, text, $"https://x.com/{Handle}/status/{id * 100 + 50 + i}", at.AddDays(-i)) { AddressesEgo = true }))
                .ToList();
            return new PersonEvidence(id, Handle)
            {
                Bio = Bio,
                Location = Location,
                TimeZone = TimeZone,
                ProfileSeenAt = at,
                Posts = posts,
                MutualFollows = MutualFollows,
                Engagement = new Engagement(RepliesToEgo.Count, 0, RepliesToEgo.Count > 0 ? at : null, null),
            };
        }
    }
}
