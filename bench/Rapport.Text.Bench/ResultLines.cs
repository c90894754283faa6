using System.Globalization;
using System.Text;
using Rapport.Text.Counting;
using Rapport.Text.Extraction;

namespace Rapport.Text.Bench;

/// <summary>One line per text, written the same way by bench.js, so that both sides compare byte for byte.</summary>
internal static class ResultLines
{
    public static string Format(TweetParseResult parse, IReadOnlyList<TextEntity> entities)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{parse.WeightedLength} {(parse.IsValid ? "true" : "false")} {parse.Permillage} {parse.ValidRangeEnd} {parse.DisplayRangeEnd}");
        foreach (var entity in entities)
        {
            var type = entity.Kind switch
            {
                EntityKind.Url => "url",
                EntityKind.Mention => "mention",
                EntityKind.Hashtag => "hashtag",
                _ => "cashtag",
            };
            builder.Append('\t').Append(type).Append(' ')
                .Append(entity.Start.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(entity.End.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(Escape(entity.Value + entity.ListSlug));
        }

        return builder.ToString();
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
