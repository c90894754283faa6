using System.Text;
using Rapport.Text.Networks;

namespace Rapport.Text.Composer;

/// <summary>
/// Makes one draft per network from a comment, a quote, a link, credits and hashtags. Layout: the comment, the
/// quote in quotation marks, then "via" credits, the link and the tags. When the text is too long the quote is
/// trimmed at a word boundary with an ellipsis, then dropped, then the comment is trimmed; the link, the credits
/// and the tags are never cut. In thread mode the text is split into numbered posts instead.
/// </summary>
public static class PostComposer
{
    private static readonly Network[] ThreadNetworks = [Network.X, Network.XClassic, Network.Mastodon, Network.Bluesky, Network.Threads];

    public static IReadOnlyList<Draft> Compose(ComposeRequest request) =>
        [.. request.Networks.Select(rules => Compose(request, rules))];

    public static Draft Compose(ComposeRequest request, NetworkRules rules)
    {
        var comment = (request.Comment ?? string.Empty).Trim();
        var quote = string.IsNullOrWhiteSpace(request.Quote) ? null : request.Quote.Trim();
        var tail = Tail(request, rules);
        var full = Render(rules, comment, quote, tail);
        if (Count(rules, full).IsValid)
        {
            return Finish(request, rules, [full]);
        }

        if (request.Thread && ThreadNetworks.Contains(rules.Network))
        {
            var body = Render(rules, comment, quote, string.Empty);
            var posts = ThreadSplitter.Split(body, tail, text => Count(rules, text).IsValid);
            return Finish(request, rules, posts);
        }

        if (quote is not null)
        {
            var trimmed = LongestFitting(quote, cut => Render(rules, comment, CutPoints.Ellipsized(quote, cut), tail), rules);
            if (trimmed is not null)
            {
                return Finish(request, rules, [trimmed]) with { QuoteTrimmed = true };
            }

            var withoutQuote = Render(rules, comment, null, tail);
            if (Count(rules, withoutQuote).IsValid)
            {
                return Finish(request, rules, [withoutQuote]) with { QuoteDropped = true };
            }
        }

        var shortened = LongestFitting(comment, cut => Render(rules, CutPoints.Ellipsized(comment, cut), null, tail), rules);
        var fallback = shortened ?? Render(rules, string.Empty, null, tail);
        return Finish(request, rules, [fallback]) with { QuoteDropped = quote is not null, CommentTrimmed = comment.Length > 0 };
    }

    /// <summary>How a text counts where it will be posted (LinkedIn text is already escaped by then).</summary>
    public static PostCount Count(NetworkRules rules, string text) =>
        rules.Network == Network.LinkedIn ? PostCounter.CountLinkedInCommentary(text) : PostCounter.Count(text, rules);

    // The longest prefix (cut at a boundary) whose rendering fits; the count grows with the prefix, so a binary
    // search finds it, checked downward in case a link inside the text breaks the monotony.
    private static string? LongestFitting(string text, Func<int, string> render, NetworkRules rules)
    {
        var cuts = CutPoints.Of(text);
        int low = 0, high = cuts.Count - 1, best = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Count(rules, render(cuts[middle])).IsValid)
            {
                best = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        for (var i = best; i >= 0; i--)
        {
            var candidate = render(cuts[i]);
            if (Count(rules, candidate).IsValid)
            {
                return candidate;
            }
        }

        return null;
    }

    private static Draft Finish(ComposeRequest request, NetworkRules rules, List<string> texts)
    {
        var posts = texts.Select((text, index) => new DraftPost(
            text,
            Count(rules, text),
            PostPayloads.For(rules.Network, text, request.Url, index == 0 ? request.QuotedPost : null))).ToList();
        return new Draft(rules.Network, posts)
        {
            ShareIntentUrl = ShareIntents.For(rules.Network, Unescaped(rules, texts[0]), request.Url, rules.Server),
        };
    }

    // A share intent takes plain text: the LinkedIn and Facebook intents take only the URL anyway.
    private static string Unescaped(NetworkRules rules, string text) => rules.Network == Network.LinkedIn ? string.Empty : text;

    private static string Render(NetworkRules rules, string comment, string? quote, string tail)
    {
        var escape = rules.Network == Network.LinkedIn;
        var parts = new List<string>(3);
        if (comment.Length > 0)
        {
            parts.Add(escape ? LinkedInText.Escape(comment) : comment);
        }

        if (quote is not null)
        {
            var quoted = "“" + quote + "”";
            parts.Add(escape ? LinkedInText.Escape(quoted) : quoted);
        }

        if (tail.Length > 0)
        {
            parts.Add(tail);
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>Credits, link and tags, already in the network's syntax (and escaped for LinkedIn).</summary>
    private static string Tail(ComposeRequest request, NetworkRules rules)
    {
        var escape = rules.Network == Network.LinkedIn;
        var pieces = new List<string>();
        if (request.Credits.Count > 0)
        {
            var via = new StringBuilder("via");
            foreach (var credit in request.Credits)
            {
                via.Append(' ').Append(MentionFor(credit, rules));
            }

            pieces.Add(via.ToString());
        }

        if (!string.IsNullOrWhiteSpace(request.Url))
        {
            pieces.Add(escape ? LinkedInText.Escape(request.Url.Trim()) : request.Url.Trim());
        }

        var tags = request.Hashtags
            .Select(tag => new string(tag.Trim().TrimStart('#', '＃').Where(c => !char.IsWhiteSpace(c)).ToArray()))
            .Where(tag => tag.Length > 0)
            .Select(tag => "#" + tag)
            .ToList();
        if (tags.Count > 0)
        {
            var joined = string.Join(' ', tags);
            pieces.Add(escape ? LinkedInText.Escape(joined) : joined);
        }

        return string.Join(' ', pieces);
    }

    private static string MentionFor(Credit credit, NetworkRules rules)
    {
        // A plain name must not turn into somebody else's mention: no leading '@' where there is no handle.
        var plain = credit.Name.Trim().TrimStart('@');
        return rules.Network switch
        {
            Network.X or Network.XClassic when credit.X is { Length: > 0 } x => "@" + x.TrimStart('@'),
            Network.Mastodon when credit.Mastodon is { Length: > 0 } address => MastodonText.Mention(address, rules.Server),
            Network.Bluesky when credit.Bluesky is { Length: > 0 } handle => "@" + handle.TrimStart('@'),
            Network.Threads when (credit.Threads ?? credit.X) is { Length: > 0 } handle => "@" + handle.TrimStart('@'),
            Network.LinkedIn when credit.LinkedInUrn is { Length: > 0 } urn => LinkedInText.Mention(plain, urn),
            Network.LinkedIn => LinkedInText.Escape(plain),
            _ => plain,
        };
    }
}
