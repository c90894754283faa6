namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// Rebuilds a session from its posts. Questions come from the hosts (a non-host "Q2" stands in only when no host
/// posted Q2, e.g. a guest host missing from the directory). Labelled answers go under their number; unlabelled
/// posts go under the question they reply to, directly or through a post already placed; everything else is
/// unplaced: greetings, chatter, and replies to posts outside the session.
/// </summary>
public static class TranscriptBuilder
{
    public static Transcript Build(IEnumerable<ChatPost> posts, IEnumerable<string> hosts)
    {
        var hostSet = new HashSet<string>(hosts, StringComparer.OrdinalIgnoreCase);
        var ordered = posts.DistinctBy(p => p.Id, StringComparer.Ordinal)
            .OrderBy(p => p.PostedAt).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var markers = ordered.ToDictionary(p => p.Id, p => QaRecognizer.Recognize(p.Text), StringComparer.Ordinal);

        var questionPosts = ChooseQuestionPosts(ordered, markers, hostSet);
        var placedUnder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, post) in questionPosts)
        {
            placedUnder[post.Id] = number;
        }

        var entries = new Dictionary<int, List<TranscriptEntry>>();
        var unplaced = new List<ChatPost>();
        var questionIds = questionPosts.Values.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var post in ordered)
        {
            if (questionIds.Contains(post.Id))
            {
                continue;
            }

            var fromHost = hostSet.Contains(post.Author);
            var marker = markers[post.Id];
            var (number, role) = marker switch
            {
                { Kind: QaKind.Answer } => ((int?)marker.Number, TranscriptEntryRole.Answer),
                { Kind: QaKind.Question } => (marker.Number, TranscriptEntryRole.QuestionRepeat),
                _ => (post.ReplyToId is not null && placedUnder.TryGetValue(post.ReplyToId, out var parent) ? parent : (int?)null,
                      TranscriptEntryRole.Reply),
            };

            if (number is not { } n)
            {
                unplaced.Add(post);
                continue;
            }

            placedUnder[post.Id] = n;
            if (!entries.TryGetValue(n, out var list))
            {
                entries[n] = list = [];
            }

            list.Add(new TranscriptEntry(post, role, marker, fromHost));
        }

        var numbers = entries.Keys.Union(questionPosts.Keys).Order();
        var questions = numbers.Select(n =>
        {
            var question = questionPosts.GetValueOrDefault(n);
            return new TranscriptQuestion(
                n,
                question,
                question is not null && hostSet.Contains(question.Author),
                entries.TryGetValue(n, out var list) ? list : []);
        }).ToList();
        return new Transcript(questions, unplaced);
    }

    private static Dictionary<int, ChatPost> ChooseQuestionPosts(
        List<ChatPost> ordered, Dictionary<string, QaMarker?> markers, HashSet<string> hosts)
    {
        var chosen = new Dictionary<int, ChatPost>();
        foreach (var fromHostsOnly in new[] { true, false })
        {
            foreach (var post in ordered)
            {
                if (markers[post.Id] is { Kind: QaKind.Question } marker
                    && hosts.Contains(post.Author) == fromHostsOnly
                    && !chosen.ContainsKey(marker.Number))
                {
                    chosen[marker.Number] = post;
                }
            }
        }

        return chosen;
    }
}
