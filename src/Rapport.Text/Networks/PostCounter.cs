using Rapport.Text.Counting;
using Rapport.Text.Extraction;
using Rapport.Text.Networks.Bluesky;

namespace Rapport.Text.Networks;

/// <summary>The one entry point: how long a text is on a network, whether it fits, and what it links.</summary>
public static class PostCounter
{
    public static PostCount Count(string text, NetworkRules rules) => Count(text, rules, spoilerText: null);

    /// <summary>As <see cref="Count(string, NetworkRules)"/>; on Mastodon the content warning counts too.</summary>
    public static PostCount Count(string text, NetworkRules rules, string? spoilerText)
    {
        text ??= string.Empty;
        return rules.Network switch
        {
            Network.X or Network.XClassic => CountX(text, rules),
            Network.Mastodon => CountMastodon(text, rules, spoilerText),
            Network.Bluesky => CountBluesky(text, rules),
            Network.Threads => CountThreads(text, rules),
            Network.LinkedIn => CountLinkedIn(text, rules),
            _ => CountUtf16(text, rules),
        };
    }

    /// <summary>
    /// LinkedIn commentary already in little text (escaped, mentions as <c>@[Name](urn)</c>): its UTF-16 length is
    /// what LinkedIn limits.
    /// </summary>
    public static PostCount CountLinkedInCommentary(string commentary) => CountUtf16(commentary ?? string.Empty, NetworkRules.LinkedIn());

    private static PostCount CountX(string text, NetworkRules rules)
    {
        var parse = TweetParser.Parse(text, rules.TwitterConfiguration ?? TwitterTextConfiguration.Default);
        var imageCost = rules.AttachedImages * rules.AttachedImageCost;
        var length = parse.WeightedLength + imageCost;
        var entities = TwitterTextExtractor.ExtractEntities(text);
        var problems = new List<PostProblem>();
        if (text.Length == 0)
        {
            problems.Add(PostProblem.Empty);
        }
        else if (length > rules.Limit)
        {
            problems.Add(PostProblem.TooLong);
        }

        if (text.AsSpan().IndexOfAny('\uFFFE', '\uFEFF', '\uFFFF') >= 0)
        {
            problems.Add(PostProblem.InvalidCharacters);
        }

        AddCapProblems(rules, entities, problems);
        var validRangeEnd = imageCost == 0 ? parse.ValidRangeEnd : ValidEndWithReserve(text, rules, imageCost);
        return new PostCount(rules.Network, length, rules.Limit, problems.Count == 0, validRangeEnd, entities, problems);
    }

    // Classic mode reserves room for the images: the valid range is the one of a limit lowered by their cost.
    private static int ValidEndWithReserve(string text, NetworkRules rules, int reserved)
    {
        var configuration = rules.TwitterConfiguration ?? TwitterTextConfiguration.V1;
        var lowered = configuration with { MaxWeightedTweetLength = Math.Max(0, rules.Limit - reserved) };
        return TweetParser.Parse(text, lowered).ValidRangeEnd;
    }

    private static PostCount CountMastodon(string text, NetworkRules rules, string? spoilerText)
    {
        // Mastodon sees only links with a protocol, each costing the reserved length, and counts a remote
        // mention by its local part; everything else counts by grapheme.
        var urls = TwitterTextExtractor.ExtractUrls(text, withoutProtocol: false);
        var mentions = MastodonText.ExtractMentions(text);
        var special = new List<(TextEntity Entity, int Weight)>();
        special.AddRange(urls.Select(url => (url, rules.UrlLength ?? url.Length)));
        special.AddRange(mentions.Where(mention => !urls.Any(url => url.Start < mention.End && mention.Start < url.End))
            .Select(mention => (mention, MastodonText.CountedLength(mention))));
        special.Sort((a, b) => a.Entity.Start.CompareTo(b.Entity.Start));

        var segments = new WeightedSegments(rules.Limit, null);
        if (!string.IsNullOrEmpty(spoilerText))
        {
            // Mastodon counts spoiler_text + text against the one limit.
            segments.Add(0, Graphemes.Count(spoilerText), 0);
        }

        var position = 0;
        foreach (var (entity, weight) in special)
        {
            if (entity.Start < position)
            {
                continue;
            }

            segments.AddGraphemes(text, position, entity.Start);
            segments.Add(entity.End, weight, 0);
            position = entity.End;
        }

        segments.AddGraphemes(text, position, text.Length);
        var hashtags = TwitterTextExtractor.ExtractHashtags(text);
        var entities = urls.Concat(mentions).Concat(hashtags).OrderBy(entity => entity.Start).ToList();
        return Finish(text, rules, segments, entities);
    }

    private static PostCount CountBluesky(string text, NetworkRules rules)
    {
        var segments = new WeightedSegments(rules.Limit, rules.ByteLimit);
        segments.AddGraphemes(text, 0, text.Length);
        var facets = BlueskyRichText.DetectFacets(text);
        var entities = facets.Select(facet => new TextEntity(KindOf(facet.Kind), facet.Value, facet.Start, facet.End)).ToList();
        var count = Finish(text, rules, segments, entities);
        var problems = count.Problems.ToList();
        if (segments.Bytes > rules.ByteLimit)
        {
            problems.Add(PostProblem.TooManyBytes);
        }

        return count with
        {
            IsValid = problems.Count == 0,
            Problems = problems,
            Utf8Bytes = segments.Bytes,
            ByteLimit = rules.ByteLimit,
            Facets = facets,
        };
    }

    private static PostCount CountThreads(string text, NetworkRules rules)
    {
        // An emoji costs its UTF-8 size; any other grapheme costs 1.
        var emoji = new List<(int Start, int Length)>();
        EmojiScanner.Scan(text, emoji);
        var segments = new WeightedSegments(rules.Limit, null);
        var position = 0;
        foreach (var (start, length) in emoji)
        {
            segments.AddGraphemes(text, position, start);
            var bytes = Graphemes.Utf8Bytes(text.AsSpan(start, length));
            segments.Add(start + length, bytes, bytes);
            position = start + length;
        }

        segments.AddGraphemes(text, position, text.Length);
        return Finish(text, rules, segments, TwitterTextExtractor.ExtractEntities(text));
    }

    private static PostCount CountLinkedIn(string text, NetworkRules rules)
    {
        // The limit applies to the escaped commentary: a reserved character costs its backslash too.
        var segments = new WeightedSegments(rules.Limit, null);
        for (var i = 0; i < text.Length; i++)
        {
            segments.Add(i + 1, LinkedInText.IsReserved(text[i]) ? 2 : 1, 0);
        }

        return Finish(text, rules, segments, TwitterTextExtractor.ExtractEntities(text));
    }

    private static PostCount CountUtf16(string text, NetworkRules rules)
    {
        var segments = new WeightedSegments(rules.Limit, null);
        for (var i = 0; i < text.Length; i++)
        {
            segments.Add(i + 1, 1, 0);
        }

        return Finish(text, rules, segments, TwitterTextExtractor.ExtractEntities(text));
    }

    private static PostCount Finish(string text, NetworkRules rules, WeightedSegments segments, IReadOnlyList<TextEntity> entities)
    {
        var problems = new List<PostProblem>();
        if (text.Trim().Length == 0)
        {
            problems.Add(PostProblem.Empty);
        }
        else if (segments.Length > rules.Limit)
        {
            problems.Add(PostProblem.TooLong);
        }

        AddCapProblems(rules, entities, problems);
        return new PostCount(rules.Network, segments.Length, rules.Limit, problems.Count == 0, segments.ValidRangeEnd, entities, problems);
    }

    private static void AddCapProblems(NetworkRules rules, IReadOnlyList<TextEntity> entities, List<PostProblem> problems)
    {
        if (rules.MaxLinks is { } maxLinks && entities.Count(entity => entity.Kind == EntityKind.Url) > maxLinks)
        {
            problems.Add(PostProblem.TooManyLinks);
        }

        if (rules.MaxMentions is { } maxMentions && entities.Count(entity => entity.Kind == EntityKind.Mention) > maxMentions)
        {
            problems.Add(PostProblem.TooManyMentions);
        }

        if (rules.MaxHashtags is { } maxHashtags && entities.Count(entity => entity.Kind == EntityKind.Hashtag) > maxHashtags)
        {
            problems.Add(PostProblem.TooManyHashtags);
        }
    }

    private static EntityKind KindOf(BlueskyFacetKind kind) => kind switch
    {
        BlueskyFacetKind.Link => EntityKind.Url,
        BlueskyFacetKind.Mention => EntityKind.Mention,
        _ => EntityKind.Hashtag,
    };
}
