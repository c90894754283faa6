using System.Globalization;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive.Demo;

/// <summary>
/// Transcripts of the demo's chats over their last weeks: the crowd's answers to the questions, their replies to
/// each other and to the ego. The ego's own posts stay in the archive; transcripts refer to them by id. Every chat
/// meets every week; the questions are the ego's where the ego asked them (the ego co-hosts #blogchat), else the
/// chat's host's (its first regular).
/// </summary>
internal static class DemoChatTranscripts
{
    public const int Weeks = 26;

    private const string UtcZone = "UTC";

    private static readonly string[] Answers =
    [
        "honestly still figuring this out", "a checklist I stole from a friend years ago", "whatever gets me started before coffee",
        "less is more, every single time", "I keep notes on my phone & sort them on Fridays", "asking my readers, always",
        "a walk. Every time.", "saying no to half the things", "timeboxing, 25 minutes at a time", "copying what works, then changing it",
        "the people in this chat, no joke", "lots of trial, plenty of error",
    ];

    public static IReadOnlyList<DemoChatTranscript> For(DemoArchive demo, IReadOnlyList<ChatDefinition> chats, DemoChatCrowds crowds)
    {
        var random = new Random(demo.Settings.Seed + 37);
        var egoPosts = demo.Content.Posts.Where(p => p.AuthorExternalId == demo.Ego.ExternalId && p.Hashtags.Count > 0).ToList();
        var transcripts = new List<DemoChatTranscript>();
        foreach (var chat in chats)
        {
            var demoChat = DemoVocabulary.Chats.Single(c => string.Equals(chat.Hashtag, c.Hashtag, StringComparison.OrdinalIgnoreCase));
            var host = crowds.Regulars[chat.Hashtag][0];
            var posts = new List<ChatPost>();
            var until = demo.Settings.End;
            foreach (var occurrence in chat.Schedule.OccurrencesBetween(until.AddDays(-7 * Weeks), until, UtcZone))
            {
                var window = SessionWindow.For(occurrence);
                var egoHere = egoPosts
                    .Where(p => p.CreatedAt >= window.From && p.CreatedAt <= window.Until && p.Hashtags.Contains(chat.Hashtag, StringComparer.OrdinalIgnoreCase))
                    .Select(p => new ChatPost(p.ExternalId, demo.Ego.Handle, p.CreatedAt, p.Text, p.InReplyToPostId))
                    .ToList();
                var session = new Session(chat.Hashtag, occurrence.StartUtc, posts);
                // In a week the ego asked questions (as the host of #blogchat) those are the session's; otherwise the
                // chat's other host asks.
                var asked = egoHere.Where(p => QaRecognizer.Recognize(p.Text) is { Kind: QaKind.Question }).ToList();
                var hostAsks = asked.Count == 0;
                var questions = hostAsks
                    ? [.. demoChat.Questions.Select((q, i) => session.Post(host, TimeSpan.FromMinutes((i * 10) + 1), $"Q{i + 1}: {q} #{chat.Hashtag}", null))]
                    : asked;

                // A host is there every week: asking, or answering the co-host's questions.
                var crowd = Attendance(crowds, chat.Hashtag, random).Where(p => p.ExternalId != host.ExternalId).ToList();
                if (!hostAsks)
                {
                    crowd.Insert(0, host);
                }
                var answers = new List<ChatPost>();
                foreach (var person in crowd)
                {
                    foreach (var question in questions.Where(_ => random.NextDouble() < 0.7))
                    {
                        var number = QaRecognizer.Recognize(question.Text)?.Number ?? 1;
                        var offset = question.PostedAt - occurrence.StartUtc + TimeSpan.FromSeconds(random.Next(40, 420));
                        var replyTo = random.NextDouble() < 0.4 ? question.Id : null;
                        answers.Add(session.Post(person, offset, $"A{number}: {DemoArchiveGenerator.Pick(random, Answers)} #{chat.Hashtag}", replyTo));
                    }
                }

                // Replies go to answers that came before, and now and then to the ego's own posts.
                var replyable = answers.Concat(egoHere.Where(p => QaRecognizer.Recognize(p.Text) is { Kind: QaKind.Answer })).ToList();
                foreach (var person in crowd.Where(_ => random.NextDouble() < 0.6))
                {
                    var candidates = replyable.Where(p => !string.Equals(p.Author, person.Handle, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (candidates.Count == 0)
                    {
                        continue;
                    }

                    var parent = DemoArchiveGenerator.Pick(random, candidates);
                    var offset = parent.PostedAt - occurrence.StartUtc + TimeSpan.FromSeconds(random.Next(30, 300));
                    session.Post(person, offset, $"@{parent.Author} {DemoArchiveGenerator.Pick(random, DemoVocabulary.ReplyPhrases)} #{chat.Hashtag}", parent.Id);
                }
            }

            transcripts.Add(new DemoChatTranscript(chat.Name, posts));
        }

        return transcripts;
    }

    private static IEnumerable<DemoPerson> Attendance(DemoChatCrowds crowds, string hashtag, Random random)
    {
        var regulars = crowds.Regulars[hashtag].Where(_ => random.NextDouble() < 0.85);
        var occasionals = crowds.Occasionals[hashtag].Where(_ => random.NextDouble() < 0.25);
        var visitors = Enumerable.Range(0, random.Next(2, 7)).Select(_ => DemoArchiveGenerator.Pick(random, crowds.Visitors));
        return regulars.Concat(occasionals).Concat(visitors).DistinctBy(p => p.ExternalId);
    }

    /// <summary>Posts of one session, with ids made from the chat, the session and a running number.</summary>
    private sealed class Session(string hashtag, DateTimeOffset start, List<ChatPost> posts)
    {
        private int _count;

        public ChatPost Post(DemoPerson author, TimeSpan offset, string text, string? replyTo)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"demo-{hashtag}-{start.UtcDateTime:yyyyMMddHHmm}-{++_count:D3}");
            var post = new ChatPost(id, author.Handle, DateTimeOffset.FromUnixTimeSeconds((start + offset).ToUnixTimeSeconds()), text, replyTo);
            posts.Add(post);
            return post;
        }
    }
}
