using System.Globalization;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Importers.XArchive.Demo;

/// <summary>The ego's posts over the archive's span, made one at a time as they are written.</summary>
internal sealed class DemoPostStream(DemoArchiveSettings settings, EgoProfile ego, IReadOnlyList<DemoPerson> cast)
{
    private static readonly string[] CashTags = ["HUBS", "CRM", "SHOP", "NOW"];

    private readonly IReadOnlyList<DemoInterest> _interests = DemoArchiveGenerator.EgoInterestList();
    private readonly Dictionary<string, (DateTimeOffset Session, int Posted)> _chatSessions = new(StringComparer.Ordinal);
    private Random _random = new(settings.Seed + 1);
    private string? _previousPostId;

    public IEnumerable<PostRecord> Generate()
    {
        _random = new Random(settings.Seed + 1);
        _chatSessions.Clear();
        _previousPostId = null;
        var start = settings.End - settings.Span;
        var step = settings.Span.TotalMilliseconds / Math.Max(1, settings.PostCount);
        for (var i = 0; i < settings.PostCount; i++)
        {
            var time = start + TimeSpan.FromMilliseconds(step * (i + _random.NextDouble()));
            var roll = _random.NextDouble();
            var post = roll switch
            {
                < 0.15 => ChatPost(i, time),
                < 0.40 => Reply(i, time),
                < 0.52 => Repost(i, time),
                < 0.60 => Quote(i, time),
                < 0.66 => MentioningOriginal(i, time),
                _ => Original(i, time),
            };
            _previousPostId = post.ExternalId;
            yield return post;
        }
    }

    private static string Id(DateTimeOffset time, int index) => XSnowflake.Create(time, index).ToString(CultureInfo.InvariantCulture);

    private DemoPerson CastMember()
    {
        // A few people get most of the attention, as in a real account.
        var index = (int)(cast.Count * Math.Pow(_random.NextDouble(), 2.2));
        return cast[Math.Min(index, cast.Count - 1)];
    }

    private DemoInterest Interest() => DemoArchiveGenerator.Pick(_random, _interests);

    private PostRecord Original(int index, DateTimeOffset time)
    {
        var interest = Interest();
        var text = DemoArchiveGenerator.Pick(_random, interest.Thoughts);
        var hashtags = new List<string>();
        var cashtags = new List<string>();
        var urls = new List<string>();
        if (_random.NextDouble() < settings.LongPostShare * 1.5)
        {
            while (text.Length <= 320)
            {
                text += ". " + DemoArchiveGenerator.Pick(_random, Interest().Thoughts);
            }

            text += ".";
        }

        if (interest.Name == "SaaS marketing" && _random.NextDouble() < 0.15)
        {
            var cashtag = DemoArchiveGenerator.Pick(_random, CashTags);
            text += $" ${cashtag}";
            cashtags.Add(cashtag);
        }

        if (_random.NextDouble() < 0.4)
        {
            text += $" #{interest.Hashtag}";
            hashtags.Add(interest.Hashtag);
        }

        if (_random.NextDouble() < 0.3)
        {
            var url = $"https://{DemoArchiveGenerator.Pick(_random, interest.LinkPaths)}?ref={index.ToString(CultureInfo.InvariantCulture)}";
            text += " " + url;
            urls.Add(url);
        }

        return new PostRecord
        {
            ExternalId = Id(time, index),
            AuthorExternalId = ego.ExternalId,
            CreatedAt = Second(time),
            Text = text,
            Kind = PostKind.Original,
            Hashtags = hashtags,
            Cashtags = cashtags,
            Urls = urls,
        };
    }

    private PostRecord MentioningOriginal(int index, DateTimeOffset time)
    {
        var person = CastMember();
        var interest = DemoArchiveGenerator.InterestNamed(DemoArchiveGenerator.Pick(_random, person.Interests));
        var mentions = new List<MentionRecord> { Mention(person) };
        var text = $"Great chat with @{person.Handle} about {interest.Name} today";

        // Accounts that were suspended or deleted are named without an id ("-1" in the archive).
        if (_random.NextDouble() < 0.05)
        {
            var gone = "gone" + _random.Next(100, 999).ToString(CultureInfo.InvariantCulture);
            text += $" (and @{gone}, wherever you are)";
            mentions.Add(new MentionRecord(null, gone, gone));
        }

        return new PostRecord
        {
            ExternalId = Id(time, index),
            AuthorExternalId = ego.ExternalId,
            CreatedAt = Second(time),
            Text = text + $" #{interest.Hashtag}",
            Kind = PostKind.Original,
            Mentions = mentions,
            Hashtags = [interest.Hashtag],
        };
    }

    private PostRecord Reply(int index, DateTimeOffset time)
    {
        if (_previousPostId is not null && _random.NextDouble() < 0.08)
        {
            // A thread: the ego replying to itself.
            return new PostRecord
            {
                ExternalId = Id(time, index),
                AuthorExternalId = ego.ExternalId,
                CreatedAt = Second(time),
                Text = DemoArchiveGenerator.Pick(_random, Interest().Thoughts),
                Kind = PostKind.Reply,
                InReplyToPostId = _previousPostId,
                InReplyToUserId = ego.ExternalId,
                InReplyToHandle = ego.Handle,
            };
        }

        var person = CastMember();
        var mentions = new List<MentionRecord> { Mention(person) };
        var text = $"@{person.Handle} ";
        if (_random.NextDouble() < 0.2)
        {
            var other = CastMember();
            if (other != person)
            {
                text += $"@{other.Handle} ";
                mentions.Add(Mention(other));
            }
        }

        text += DemoArchiveGenerator.Pick(_random, DemoVocabulary.ReplyPhrases);
        return new PostRecord
        {
            ExternalId = Id(time, index),
            AuthorExternalId = ego.ExternalId,
            CreatedAt = Second(time),
            Text = text,
            Kind = PostKind.Reply,
            InReplyToPostId = DemoArchiveGenerator.ReplyTarget(time - TimeSpan.FromMinutes(_random.Next(1, 600)), index).ToString(CultureInfo.InvariantCulture),
            InReplyToUserId = person.ExternalId,

            // X leaves the screen name out of some replies.
            InReplyToHandle = _random.NextDouble() < 0.05 ? null : person.Handle,
            Mentions = mentions,
        };
    }

    private PostRecord Repost(int index, DateTimeOffset time)
    {
        var person = CastMember();
        var interest = DemoArchiveGenerator.InterestNamed(DemoArchiveGenerator.Pick(_random, person.Interests));
        var author = Mention(person);
        return new PostRecord
        {
            ExternalId = Id(time, index),
            AuthorExternalId = ego.ExternalId,
            CreatedAt = Second(time),
            Text = $"RT @{person.Handle}: {DemoArchiveGenerator.Pick(_random, interest.Thoughts)}",
            Kind = PostKind.Repost,
            RepostOf = author,
            Mentions = [author],
        };
    }

    private PostRecord Quote(int index, DateTimeOffset time)
    {
        var person = CastMember();
        var quotedId = DemoArchiveGenerator.ReplyTarget(time - TimeSpan.FromMinutes(_random.Next(1, 2000)), index).ToString(CultureInfo.InvariantCulture);
        var host = _random.NextDouble() < 0.5 ? "twitter.com" : "x.com";
        var url = $"https://{host}/{person.Handle}/status/{quotedId}";
        return new PostRecord
        {
            ExternalId = Id(time, index),
            AuthorExternalId = ego.ExternalId,
            CreatedAt = Second(time),
            Text = $"{DemoArchiveGenerator.Pick(_random, DemoVocabulary.QuoteComments)} {url}",
            Kind = PostKind.Quote,
            QuotedPostId = quotedId,
            QuotedHandle = person.Handle,
            Urls = [url],
        };
    }

    /// <summary>
    /// Posts in a weekly chat: the ego hosts #blogchat (Q1:, Q2:...) and answers in the others (A1:, A2:...);
    /// once the questions are done, it replies to the people there.
    /// </summary>
    private PostRecord ChatPost(int index, DateTimeOffset time)
    {
        var chat = DemoArchiveGenerator.Pick(_random, DemoVocabulary.Chats);
        var session = LastSessionBefore(chat, time);
        var posted = _chatSessions.TryGetValue(chat.Hashtag, out var known) && known.Session == session ? known.Posted : 0;
        _chatSessions[chat.Hashtag] = (session, posted + 1);
        var at = Second(session + TimeSpan.FromMinutes((posted * 7) + 1) + TimeSpan.FromSeconds(_random.Next(0, 300)));
        var isHost = chat.Hashtag == "blogchat";
        if (posted < chat.Questions.Length)
        {
            var number = (posted + 1).ToString(CultureInfo.InvariantCulture);
            var text = isHost
                ? $"Q{number}: {chat.Questions[posted]} #{chat.Hashtag}"
                : $"A{number}: {chat.Answers[posted % chat.Answers.Length]} #{chat.Hashtag}";
            return new PostRecord
            {
                ExternalId = Id(at, index),
                AuthorExternalId = ego.ExternalId,
                CreatedAt = at,
                Text = text,
                Kind = PostKind.Original,
                Hashtags = [chat.Hashtag],
            };
        }

        var person = CastMember();
        return new PostRecord
        {
            ExternalId = Id(at, index),
            AuthorExternalId = ego.ExternalId,
            CreatedAt = at,
            Text = $"@{person.Handle} {DemoArchiveGenerator.Pick(_random, DemoVocabulary.ReplyPhrases)} #{chat.Hashtag}",
            Kind = PostKind.Reply,
            InReplyToPostId = DemoArchiveGenerator.ReplyTarget(at - TimeSpan.FromMinutes(_random.Next(1, 5)), index).ToString(CultureInfo.InvariantCulture),
            InReplyToUserId = person.ExternalId,
            InReplyToHandle = person.Handle,
            Mentions = [Mention(person)],
            Hashtags = [chat.Hashtag],
        };
    }

    private static MentionRecord Mention(DemoPerson person) => new(person.ExternalId, person.Handle, person.DisplayName);

    /// <summary>X stores post times to the second.</summary>
    private static DateTimeOffset Second(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    private static DateTimeOffset LastSessionBefore(DemoChat chat, DateTimeOffset time)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(chat.TimeZone, out var found)
            ? found
            : TimeZoneInfo.CreateCustomTimeZone(chat.TimeZone, TimeSpan.FromHours(chat.StandardOffsetHours), chat.TimeZone, chat.TimeZone);
        var local = TimeZoneInfo.ConvertTime(time, zone).DateTime;
        var daysBack = ((int)local.DayOfWeek - (int)chat.Day + 7) % 7;
        var sessionLocal = local.Date.AddDays(-daysBack).AddHours(chat.LocalHour);
        if (sessionLocal > local)
        {
            sessionLocal = sessionLocal.AddDays(-7);
        }

        return new DateTimeOffset(sessionLocal, zone.GetUtcOffset(sessionLocal));
    }
}
