using Rapport.Text.Extraction;

namespace Rapport.Text.Counting;

/// <summary>
/// X's weighted length, a port of twitter-text 3.1.0 <c>parseTweet</c>: NFC first, a URL weighs
/// <c>transformedURLLength</c>, an emoji sequence (v3) weighs the default weight, any other code point the weight
/// of its range.
/// </summary>
public static class TweetParser
{
    public static TweetParseResult Parse(string text) => Parse(text, TwitterTextConfiguration.Default);

    public static TweetParseResult Parse(string text, TwitterTextConfiguration configuration)
    {
        text ??= string.Empty;
        var normalized = Nfc.Normalize(text);
        var urls = TwitterTextExtractor.ExtractUrls(normalized);
        List<(int Start, int Length)>? emoji = null;
        if (configuration.EmojiParsingEnabled)
        {
            emoji = [];
            EmojiScanner.Scan(normalized, emoji);
        }

        var weights = configuration.CodeUnitWeights;
        var scale = configuration.Scale;
        var maxWeighted = (long)configuration.MaxWeightedTweetLength * scale;
        var urlWeight = (long)configuration.TransformedUrlLength * scale;
        long weighted = 0;
        var validDisplayIndex = 0;
        var valid = true;
        var nextUrl = 0;
        var nextEmoji = 0;
        var length = normalized.Length;
        for (var i = 0; i < length; i++)
        {
            while (nextUrl < urls.Count && urls[nextUrl].Start < i)
            {
                nextUrl++;
            }

            if (emoji is not null)
            {
                while (nextEmoji < emoji.Count && emoji[nextEmoji].Start < i)
                {
                    nextEmoji++;
                }
            }

            if (nextUrl < urls.Count && urls[nextUrl].Start == i)
            {
                weighted += urlWeight;
                i += urls[nextUrl].Value.Length - 1;
            }
            else if (emoji is not null && nextEmoji < emoji.Count && emoji[nextEmoji].Start == i)
            {
                weighted += configuration.DefaultWeight;
                i += emoji[nextEmoji].Length - 1;
            }
            else
            {
                if (i + 1 < length && char.IsHighSurrogate(normalized[i]) && char.IsLowSurrogate(normalized[i + 1]))
                {
                    i++;
                }

                // twitter-text weighs the code unit it stands on: for a surrogate pair, the low surrogate.
                weighted += weights[normalized[i]];
            }

            if (valid && i < length)
            {
                valid = !IsInvalidChar(normalized[i]);
            }

            if (valid && weighted <= maxWeighted)
            {
                validDisplayIndex = i;
            }
        }

        var weightedLength = (double)weighted / scale;
        valid = valid && weighted > 0 && weighted <= maxWeighted;
        var permillage = configuration.MaxWeightedTweetLength == 0
            ? 0
            : (int)Math.Floor(weightedLength / configuration.MaxWeightedTweetLength * 1000);
        // twitter-text shifts by the normalisation's change in length; where NFC lengthened the text that can go
        // below zero (JavaScript then reports -1), so the index is held at 0.
        validDisplayIndex = Math.Max(0, validDisplayIndex + text.Length - normalized.Length);
        return new TweetParseResult(
            (int)Math.Floor(weightedLength),
            valid,
            permillage,
            0,
            text.Length > 0 ? text.Length - 1 : 0,
            0,
            validDisplayIndex);
    }

    /// <summary>U+FFFE, U+FEFF and U+FFFF make a text invalid wherever they appear.</summary>
    public static bool IsInvalidChar(char c) => c is '\uFFFE' or '\uFEFF' or '\uFFFF';
}
