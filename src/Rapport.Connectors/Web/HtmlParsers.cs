using AngleSharp.Html.Parser;

namespace Rapport.Connectors.Web;

/// <summary>
/// A new parser per use: AngleSharp's parser is not safe to share between threads, and these services are
/// singletons. Scripting stays off, so script elements are parsed as inert text and <c>noscript</c> as markup.
/// </summary>
internal static class HtmlParsers
{
    public static HtmlParser Create() => new(new HtmlParserOptions { IsScripting = false });
}
