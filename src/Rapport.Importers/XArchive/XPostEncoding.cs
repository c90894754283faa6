using System.Globalization;
using System.Text.Json;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>Turns a decoded post back into X's stored form: links shortened to t.co, text HTML-escaped.</summary>
internal sealed class XPostEncoding
{
    private XPostEncoding(string text, List<Link> links)
    {
        Text = text;
        Links = links;
    }

    /// <summary>The text with t.co links, not yet escaped.</summary>
    public string Text { get; }

    public IReadOnlyList<Link> Links { get; }

    public static XPostEncoding Encode(PostRecord post)
    {
        var text = post.Text;
        var links = new List<Link>(post.Urls.Count);
        for (var i = 0; i < post.Urls.Count; i++)
        {
            var url = post.Urls[i];
            var shortUrl = TcoLinks.Shorten(post.ExternalId, i, url);
            var at = text.IndexOf(url, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), shortUrl, text.AsSpan(at + url.Length));
            }
            else
            {
                at = text.Length + 1;
                text = text + " " + shortUrl;
            }

            links.Add(new Link(shortUrl, url, at));
        }

        return new XPostEncoding(text, links);
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// The start of a long post, cut as X cuts it: before <paramref name="length"/>, never inside a link or a
    /// surrogate pair, ending with an ellipsis.
    /// </summary>
    public string Truncated(int length)
    {
        var cut = Math.Min(length, Text.Length);
        foreach (var link in Links)
        {
            var start = Text.IndexOf(link.Short, StringComparison.Ordinal);
            if (start >= 0 && start < cut && start + link.Short.Length > cut)
            {
                cut = start;
            }
        }

        if (cut > 0 && char.IsHighSurrogate(Text[cut - 1]))
        {
            cut--;
        }

        return Text[..cut].TrimEnd() + "…";
    }

    public void WriteEntities(Utf8JsonWriter json, PostRecord post, bool numericIds)
    {
        json.WriteStartObject("entities");
        json.WriteStartArray("hashtags");
        foreach (var tag in post.Hashtags)
        {
            WriteTag(json, tag, '#');
        }

        json.WriteEndArray();
        json.WriteStartArray("symbols");
        foreach (var tag in post.Cashtags)
        {
            WriteTag(json, tag, '$');
        }

        json.WriteEndArray();
        json.WriteStartArray("user_mentions");
        foreach (var mention in MentionsWithRepostAuthor(post))
        {
            json.WriteStartObject();
            json.WriteString("name", mention.DisplayName ?? mention.Handle);
            json.WriteString("screen_name", mention.Handle);
            WriteIndices(json, Text.IndexOf("@" + mention.Handle, StringComparison.OrdinalIgnoreCase), mention.Handle.Length + 1);
            var id = mention.ExternalId ?? "-1";
            json.WriteString("id_str", id);
            if (numericIds && long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                json.WriteNumber("id", number);
            }
            else
            {
                json.WriteString("id", id);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("urls");
        foreach (var link in Links)
        {
            json.WriteStartObject();
            json.WriteString("url", link.Short);
            json.WriteString("expanded_url", link.Expanded);
            json.WriteString("display_url", TcoLinks.Display(link.Expanded));
            WriteIndices(json, link.Start, link.Short.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>X lists the reposted author among the mentions, since "RT @handle:" names them.</summary>
    public static IEnumerable<MentionRecord> MentionsWithRepostAuthor(PostRecord post)
    {
        if (post.RepostOf is { } author && !post.Mentions.Any(mention => string.Equals(mention.Handle, author.Handle, StringComparison.OrdinalIgnoreCase)))
        {
            return post.Mentions.Prepend(author);
        }

        return post.Mentions;
    }

    private void WriteTag(Utf8JsonWriter json, string tag, char sigil)
    {
        json.WriteStartObject();
        json.WriteString("text", tag);
        WriteIndices(json, Text.IndexOf(sigil + tag, StringComparison.OrdinalIgnoreCase), tag.Length + 1);
        json.WriteEndObject();
    }

    private static void WriteIndices(Utf8JsonWriter json, int start, int length)
    {
        start = Math.Max(start, 0);
        json.WriteStartArray("indices");
        json.WriteStringValue(start.ToString(CultureInfo.InvariantCulture));
        json.WriteStringValue((start + length).ToString(CultureInfo.InvariantCulture));
        json.WriteEndArray();
    }

    internal sealed record Link(string Short, string Expanded, int Start);
}
