using System.Text.Json;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// note-tweet.js has no post id: a note belongs to the post whose (truncated) text starts it and whose time is
/// within a second of it. Notes exist only for long posts, so they are few enough to index in memory.
/// </summary>
internal sealed class NoteTweetIndex
{
    private const int ComparedPrefixLength = 200;
    private const string WebStatusLink = "/i/web/status/";
    private const int MinimumTextBeforeLinks = 30;

    private readonly Dictionary<long, List<NoteTweet>> _bySecond = [];

    public int Count { get; private set; }

    public static NoteTweet Parse(JsonElement element)
    {
        var note = JsonFields.RequiredObject(element, "noteTweet");
        var createdAt = XDates.ParseIso(JsonFields.Text(note, "createdAt"), "createdAt");
        var core = JsonFields.RequiredObject(note, "core");
        var links = new List<(string Short, string Expanded)>();
        var urls = new List<string>();
        foreach (var url in JsonFields.Array(core, "urls"))
        {
            var expanded = JsonFields.Text(url, "expandedUrl");
            if (string.IsNullOrEmpty(expanded))
            {
                continue;
            }

            urls.Add(expanded);
            if (JsonFields.Text(url, "shortUrl") is { Length: > 0 } shortUrl)
            {
                links.Add((shortUrl, expanded));
            }
        }

        var text = PostText.ExpandLinks(PostText.Decode(JsonFields.RequiredText(core, "text")), links);
        return new NoteTweet(createdAt, text, urls, Texts(core, "mentions", "screenName"), Texts(core, "hashtags", "text"), Texts(core, "cashtags", "text"));
    }

    public void Add(NoteTweet note)
    {
        var second = note.CreatedAt.ToUnixTimeSeconds();
        if (!_bySecond.TryGetValue(second, out var notes))
        {
            notes = [];
            _bySecond[second] = notes;
        }

        notes.Add(note);
        Count++;
    }

    public PostRecord Merge(PostRecord post)
    {
        if (Count == 0 || Find(post) is not { } note)
        {
            return post;
        }

        var mentions = post.Mentions.ToList();
        foreach (var handle in note.MentionHandles)
        {
            if (!mentions.Exists(mention => string.Equals(mention.Handle, handle, StringComparison.OrdinalIgnoreCase)))
            {
                mentions.Add(new MentionRecord(null, handle));
            }
        }

        return post with
        {
            Text = note.Text,
            Urls = Union(post.Urls.Where(url => !url.Contains(WebStatusLink, StringComparison.OrdinalIgnoreCase)), note.Urls, StringComparer.Ordinal),
            Hashtags = Union(post.Hashtags, note.Hashtags, StringComparer.OrdinalIgnoreCase),
            Cashtags = Union(post.Cashtags, note.Cashtags, StringComparer.OrdinalIgnoreCase),
            Mentions = mentions,
        };
    }

    private NoteTweet? Find(PostRecord post)
    {
        var prefix = ComparablePrefix(post.Text);
        if (prefix.Length == 0)
        {
            return null;
        }

        // Links may be expanded in one text and not in the other: the text before the first link still matches.
        var firstLink = prefix.IndexOf("http", StringComparison.Ordinal);
        var beforeLinks = firstLink >= MinimumTextBeforeLinks ? prefix[..firstLink] : null;
        var second = post.CreatedAt.ToUnixTimeSeconds();
        for (var candidateSecond = second - 1; candidateSecond <= second + 1; candidateSecond++)
        {
            if (!_bySecond.TryGetValue(candidateSecond, out var notes))
            {
                continue;
            }

            foreach (var note in notes)
            {
                if ((note.CreatedAt - post.CreatedAt).Duration() <= TimeSpan.FromSeconds(1)
                    && (note.Text.StartsWith(prefix, StringComparison.Ordinal)
                        || (beforeLinks is not null && note.Text.StartsWith(beforeLinks, StringComparison.Ordinal))))
                {
                    return note;
                }
            }
        }

        return null;
    }

    /// <summary>The start of a truncated post, without the ellipsis and link X appends when it cuts one.</summary>
    private static string ComparablePrefix(string text)
    {
        var prefix = text.Length > ComparedPrefixLength ? text[..ComparedPrefixLength] : text;
        var ellipsis = prefix.LastIndexOf('…');
        if (ellipsis >= 0)
        {
            prefix = prefix[..ellipsis];
        }

        return prefix.TrimEnd();
    }

    private static List<string> Texts(JsonElement core, string arrayName, string field)
    {
        var values = new List<string>();
        foreach (var item in JsonFields.Array(core, arrayName))
        {
            if (JsonFields.Text(item, field) is { Length: > 0 } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static List<string> Union(IEnumerable<string> first, IEnumerable<string> second, StringComparer comparer)
    {
        var seen = new HashSet<string>(comparer);
        var union = new List<string>();
        foreach (var value in first.Concat(second))
        {
            if (seen.Add(value))
            {
                union.Add(value);
            }
        }

        return union;
    }
}
