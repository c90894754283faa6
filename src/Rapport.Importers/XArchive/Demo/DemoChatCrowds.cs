namespace Rapport.Importers.XArchive.Demo;

/// <summary>
/// Who else comes to the demo's chats: per chat a few regulars (most weeks), some occasional guests and one-off
/// visitors, drawn from the archive's people with the archive's seed. One regular comes to two chats, as people do.
/// </summary>
public sealed class DemoChatCrowds
{
    public const int RegularsPerChat = 4;
    public const int OccasionalsPerChat = 12;

    private DemoChatCrowds(IReadOnlyDictionary<string, IReadOnlyList<DemoPerson>> regulars, IReadOnlyDictionary<string, IReadOnlyList<DemoPerson>> occasionals, IReadOnlyList<DemoPerson> visitors)
    {
        Regulars = regulars;
        Occasionals = occasionals;
        Visitors = visitors;
    }

    /// <summary>By hashtag: the people who come most weeks. The first regular of a chat without a host in the ego hosts it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DemoPerson>> Regulars { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<DemoPerson>> Occasionals { get; }

    /// <summary>Everyone else who might drop in once.</summary>
    public IReadOnlyList<DemoPerson> Visitors { get; }

    public static DemoChatCrowds For(DemoArchive demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var random = new Random(demo.Settings.Seed + 31);

        // Regulars are mutuals (people the ego knows); the order is shuffled by the seed, not by the archive's order.
        var mutuals = demo.People.Where(p => p.FollowsEgo && p.EgoFollows).OrderBy(_ => random.Next()).ToList();
        var others = demo.People.Where(p => !(p.FollowsEgo && p.EgoFollows)).OrderBy(_ => random.Next()).ToList();
        var regulars = new Dictionary<string, IReadOnlyList<DemoPerson>>(StringComparer.Ordinal);
        var occasionals = new Dictionary<string, IReadOnlyList<DemoPerson>>(StringComparer.Ordinal);
        var next = 0;
        var nextOther = 0;
        DemoPerson? shared = null;
        foreach (var chat in DemoVocabulary.Chats)
        {
            var chosen = new List<DemoPerson>();
            if (shared is not null && chat.Hashtag == "contentchat")
            {
                chosen.Add(shared);
            }

            while (chosen.Count < RegularsPerChat && next < mutuals.Count)
            {
                chosen.Add(mutuals[next++]);
            }

            shared ??= chosen.Count > 1 ? chosen[^1] : null;
            regulars[chat.Hashtag] = chosen;
            occasionals[chat.Hashtag] = [.. Enumerable.Range(0, OccasionalsPerChat)
                .Select(i => i % 3 == 0 && next < mutuals.Count ? mutuals[next++] : others[nextOther++ % others.Count])];
        }

        var used = regulars.Values.SelectMany(r => r).Concat(occasionals.Values.SelectMany(o => o)).Select(p => p.ExternalId).ToHashSet(StringComparer.Ordinal);
        return new DemoChatCrowds(regulars, occasionals, [.. others.Where(p => !used.Contains(p.ExternalId))]);
    }
}
