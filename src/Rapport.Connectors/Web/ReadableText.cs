using System.Text;
using AngleSharp.Dom;

namespace Rapport.Connectors.Web;

/// <summary>
/// Converts an HTML fragment to readable plain text: one paragraph per block element, separated by a blank
/// line, whitespace collapsed inside each. Only text nodes are kept, so no markup survives.
/// </summary>
public static class ReadableText
{
    private const string Unreadable = "script, style, template, noscript, iframe, object, embed, svg, math, form, button, input, select, textarea, canvas";


    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "br", "details", "summary",
    };

    public static string FromHtml(string html)
    {
        var parser = HtmlParsers.Create();
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        foreach (var node in parser.ParseFragment(html, body).ToArray())
        {
            body.AppendChild(node);
        }

        return FromElement(body);
    }

    public static string FromElement(IElement root)
    {
        foreach (var unwanted in root.QuerySelectorAll(Unreadable).ToList())
        {
            unwanted.Remove();
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = PlainText.CollapseWhitespace(current.ToString());
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }
}
