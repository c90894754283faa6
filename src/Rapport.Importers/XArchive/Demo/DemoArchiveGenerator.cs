using System.Globalization;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive.Demo;

/// <summary>
/// Makes a realistic account from a seed: a recurring cast of people with real interests, replies, mentions,
/// quotes and reposts among them, weekly hashtag chats (#blogchat with Q1:/A1:), DMs, likes and lists.
/// The same settings always give the same archive. Posts, likes and messages are generated while they are
/// written, so the benchmark's size needs no more memory than the demo's.
/// </summary>
public static class DemoArchiveGenerator
{
    private const int ReplyTargetSequence = 1_000_000;
    private const int LikeSequence = 2_000_000;
    private const int MessageSequence = 3_000_000;

    private static readonly string[] EgoInterests = ["content marketing", "running", "coffee", "dogs", "SaaS marketing"];

    public static DemoArchive Generate(DemoArchiveSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(settings.PostCount);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.FollowerCount);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.FollowingCount);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.DirectMessageCount);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.LikeCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.CastSize, 1);

        var ego = CreateEgo(settings);
        var people = CreatePeople(settings, ego.ExternalId);
        var cast = people.Where(person => person.FollowsEgo && person.EgoFollows)
            .Concat(people.Where(person => !(person.FollowsEgo && person.EgoFollows)))
            .Take(settings.CastSize)
            .ToList();
        var content = new XArchiveContent
        {
            Ego = ego,
            AccountEmail = ego.Handle + "@example.com",
            Posts = new DemoPostStream(settings, ego, cast).Generate(),
            FollowerIds = people.Where(person => person.FollowsEgo).Select(person => person.ExternalId),
            FollowingIds = people.Where(person => person.EgoFollows).Select(person => person.ExternalId),
            Likes = Likes(settings, people),
            DirectMessages = OneToOneMessages(settings, ego, cast),
            GroupDirectMessages = GroupMessages(settings, ego, cast),
            ListMemberships = ListMemberships(settings, people),
        };
        return new DemoArchive(settings, ego, people, content);
    }

    private static EgoProfile CreateEgo(DemoArchiveSettings settings) => new()
    {
        ExternalId = "18297364",
        Handle = "danawrites",
        DisplayName = "Dana Whitfield",
        Bio = "Content marketer by day, marathoner by dawn. Pour-over evangelist & dog mom to Biscuit. Co-host of #blogchat.",
        Location = "Brooklyn, NY",
        Website = "https://danawrites.blog",
        AvatarUrl = "https://pbs.twimg.com/profile_images/1/danawrites.jpg",
        CreatedAt = new DateTimeOffset(2009, 3, 14, 17, 2, 11, TimeSpan.Zero),
        TimeZone = "America/New_York",
        ScreenNameChanges = [new ScreenNameChange(settings.End - settings.Span - TimeSpan.FromDays(400), "dana_w", "danawrites")],
    };

    private static List<DemoPerson> CreatePeople(DemoArchiveSettings settings, string egoId)
    {
        var random = new Random(settings.Seed);
        var mutuals = Math.Min(settings.FollowerCount, (int)(settings.FollowingCount * 0.6));
        var followersOnly = settings.FollowerCount - mutuals;
        var followingOnly = settings.FollowingCount - mutuals;
        var total = Math.Max(mutuals + followersOnly + followingOnly, settings.CastSize);
        var handles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "danawrites" };
        var ids = new HashSet<string>(StringComparer.Ordinal) { egoId };
        var people = new List<DemoPerson>(total);
        for (var i = 0; i < total; i++)
        {
            var followsEgo = i < mutuals + followersOnly;
            var egoFollows = i < mutuals || (i >= mutuals + followersOnly && i < mutuals + followersOnly + followingOnly);
            people.Add(CreatePerson(random, settings, handles, ids, followsEgo, egoFollows));
        }

        return people;
    }

    private static DemoPerson CreatePerson(Random random, DemoArchiveSettings settings, HashSet<string> handles, HashSet<string> ids, bool followsEgo, bool egoFollows)
    {
        var first = Pick(random, DemoVocabulary.FirstNames);
        var last = Pick(random, DemoVocabulary.LastNames);
        var interests = DemoVocabulary.Interests.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
        var (location, timeZone) = Pick(random, DemoVocabulary.Places);
        var handle = UniqueHandle(random, handles, first, last, interests[0]);
        var bio = $"{Pick(random, DemoVocabulary.Roles)} in {location}. {Pick(random, interests[0].BioPhrases)}. {Pick(random, interests[1].BioPhrases)}."
            + (interests.Count > 2 ? $" #{interests[2].Hashtag}" : string.Empty);
        string id;
        do
        {
            id = random.NextDouble() < 0.55
                ? random.NextInt64(10_000_000, 3_000_000_000).ToString(CultureInfo.InvariantCulture)
                : XSnowflake.Create(RandomTime(random, new DateTimeOffset(2013, 1, 1, 0, 0, 0, TimeSpan.Zero), settings.End.AddDays(-30)), random.Next(4096)).ToString(CultureInfo.InvariantCulture);
        }
        while (!ids.Add(id));

        return new DemoPerson(
            id,
            handle,
            random.NextDouble() < 0.3 ? $"{first} {last} {interests[0].NameTag}" : $"{first} {last}",
            bio,
            location,
            timeZone,
            random.NextDouble() < 0.4 ? $"https://{handle.ToLowerInvariant()}.com" : null,
            interests.Select(interest => interest.Name).ToList(),
            followsEgo,
            egoFollows);
    }

    private static string UniqueHandle(Random random, HashSet<string> taken, string first, string last, DemoInterest interest)
    {
        var word = interest.Hashtag.ToLowerInvariant();
        var candidate = random.Next(4) switch
        {
            0 => first + last,
            1 => first + "_" + last,
            2 => first + word,
            _ => first[0] + last,
        };
        candidate = new string(candidate.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        candidate = candidate.ToLowerInvariant();
        if (candidate.Length > 12)
        {
            candidate = candidate[..12];
        }

        var handle = candidate;
        while (!taken.Add(handle))
        {
            handle = candidate + random.Next(10, 999).ToString(CultureInfo.InvariantCulture);
        }

        return handle;
    }

    private static IEnumerable<LikeRecord> Likes(DemoArchiveSettings settings, List<DemoPerson> people)
    {
        var random = new Random(settings.Seed + 2);
        var start = settings.End - settings.Span;
        for (var i = 0; i < settings.LikeCount; i++)
        {
            var author = people.Count > 0 ? people[random.Next(people.Count)] : null;
            var interest = author is null ? Pick(random, DemoVocabulary.Interests) : InterestNamed(Pick(random, author.Interests));

            // Now and then a post from before X's snowflake ids: it carries no time.
            var id = random.NextDouble() < 0.01
                ? (10_000_000_000L + i).ToString(CultureInfo.InvariantCulture)
                : XSnowflake.Create(RandomTime(random, start, settings.End), LikeSequence + i).ToString(CultureInfo.InvariantCulture);
            yield return new LikeRecord(id, XSnowflake.TryGetTime(id), $"{Pick(random, interest.Thoughts)} #{interest.Hashtag}", "https://twitter.com/i/web/status/" + id);
        }
    }

    private static IEnumerable<DirectMessageRecord> OneToOneMessages(DemoArchiveSettings settings, EgoProfile ego, List<DemoPerson> cast)
    {
        var random = new Random(settings.Seed + 3);
        var count = settings.DirectMessageCount - GroupMessageCount(settings);
        if (count <= 0)
        {
            yield break;
        }

        var conversations = Math.Min(cast.Count, (count / 12) + 1);
        var sequence = 0;
        for (var c = 0; c < conversations; c++)
        {
            var person = cast[c % cast.Count];
            var ids = new[] { ego.ExternalId, person.ExternalId }.OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToArray();
            var conversationId = ids[0] + "-" + ids[1];
            var messages = (count / conversations) + (c < count % conversations ? 1 : 0);
            var time = RandomTime(random, settings.End - settings.Span, settings.End - TimeSpan.FromDays(30));
            for (var m = 0; m < messages; m++)
            {
                time = Advance(random, time, settings.End);
                var fromEgo = random.NextDouble() < 0.5;
                yield return new DirectMessageRecord
                {
                    ExternalId = XSnowflake.Create(time, MessageSequence + sequence++).ToString(CultureInfo.InvariantCulture),
                    ConversationId = conversationId,
                    SenderId = fromEgo ? ego.ExternalId : person.ExternalId,
                    RecipientIds = [fromEgo ? person.ExternalId : ego.ExternalId],
                    SentAt = time,
                    IsGroup = false,
                    Text = Pick(random, DemoVocabulary.DirectMessagePhrases),
                };
            }
        }
    }

    private static IEnumerable<DirectMessageRecord> GroupMessages(DemoArchiveSettings settings, EgoProfile ego, List<DemoPerson> cast)
    {
        var random = new Random(settings.Seed + 4);
        var count = GroupMessageCount(settings);
        if (count <= 0)
        {
            yield break;
        }

        var conversations = Math.Max(1, count / 25);
        var sequence = 0;
        for (var c = 0; c < conversations; c++)
        {
            var participants = cast.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).Select(person => person.ExternalId).Prepend(ego.ExternalId).ToList();
            var conversationId = XSnowflake.Create(RandomTime(random, settings.End - settings.Span, settings.End), random.Next(4096)).ToString(CultureInfo.InvariantCulture);
            var messages = (count / conversations) + (c < count % conversations ? 1 : 0);
            var time = RandomTime(random, settings.End - settings.Span, settings.End - TimeSpan.FromDays(30));
            for (var m = 0; m < messages; m++)
            {
                time = Advance(random, time, settings.End);
                var sender = participants[random.Next(participants.Count)];
                yield return new DirectMessageRecord
                {
                    ExternalId = XSnowflake.Create(time, MessageSequence + 1_000_000 + sequence++).ToString(CultureInfo.InvariantCulture),
                    ConversationId = conversationId,
                    SenderId = sender,
                    RecipientIds = participants.Where(participant => !string.Equals(participant, sender, StringComparison.Ordinal)).ToList(),
                    SentAt = time,
                    IsGroup = true,
                    Text = Pick(random, DemoVocabulary.DirectMessagePhrases),
                };
            }
        }
    }

    private static IEnumerable<ListMembershipRecord> ListMemberships(DemoArchiveSettings settings, List<DemoPerson> people)
    {
        var random = new Random(settings.Seed + 5);
        for (var i = 0; i < settings.ListMembershipCount && people.Count > 0; i++)
        {
            var curator = people[random.Next(people.Count)];
            var topic = InterestNamed(Pick(random, curator.Interests)).Hashtag.ToLowerInvariant();
            yield return new ListMembershipRecord($"https://twitter.com/{curator.Handle}/lists/{topic}-people-{i.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static int GroupMessageCount(DemoArchiveSettings settings) => (int)Math.Round(settings.DirectMessageCount * settings.GroupMessageShare);

    private static DateTimeOffset Advance(Random random, DateTimeOffset time, DateTimeOffset end)
    {
        var next = time + TimeSpan.FromMinutes(random.Next(2, 60 * 24 * 4));
        return next < end ? next : end - TimeSpan.FromSeconds(random.Next(1, 86_400));
    }

    internal static DemoInterest InterestNamed(string name) =>
        Array.Find(DemoVocabulary.Interests, interest => string.Equals(interest.Name, name, StringComparison.Ordinal)) ?? DemoVocabulary.Interests[0];

    internal static IReadOnlyList<DemoInterest> EgoInterestList() => EgoInterests.Select(InterestNamed).ToList();

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    internal static DateTimeOffset RandomTime(Random random, DateTimeOffset from, DateTimeOffset to) =>
        from + TimeSpan.FromMilliseconds(random.NextDouble() * Math.Max(0, (to - from).TotalMilliseconds));

    internal static long ReplyTarget(DateTimeOffset time, int index) => XSnowflake.Create(time, ReplyTargetSequence + index);
}
