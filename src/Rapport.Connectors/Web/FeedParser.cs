using System.Xml;
using System.Xml.Linq;

namespace Rapport.Connectors.Web;

/// <summary>
/// Reads the title and entry titles of an RSS 0.9x/1.0/2.0 or Atom feed. The XML reader refuses DTDs and
/// external entities, so a hostile feed cannot expand entities or make Rapport fetch anything.
/// </summary>
internal static class FeedParser
{
    public const int MaxEntryTitles = 20;

    public static ParsedFeed? Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 10L * 1024 * 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            return Read(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static ParsedFeed? Read(XmlReader reader)
    {
        string? feedTitle = null;
        var entryTitles = new List<string>();
        var root = string.Empty;
        var inEntry = false;
        var depthOfEntry = -1;

        // Reading a title's content moves the reader past it, onto the next node, which must not be skipped.
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && inEntry && reader.Depth == depthOfEntry)
            {
                inEntry = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (root.Length == 0)
            {
                root = reader.LocalName;
                if (root is not ("rss" or "feed" or "RDF"))
                {
                    return null;
                }

                continue;
            }

            switch (reader.LocalName)
            {
                case "item" or "entry":
                    inEntry = !reader.IsEmptyElement;
                    depthOfEntry = reader.Depth;
                    break;
                case "title" when inEntry && reader.Depth == depthOfEntry + 1:
                    var entryTitle = PlainText.Clean(ElementText(reader), 300);
                    positioned = true;
                    if (entryTitles.Count < MaxEntryTitles && entryTitle is not null)
                    {
                        entryTitles.Add(entryTitle);
                    }

                    break;
                case "title" when !inEntry && feedTitle is null && IsFeedLevel(root, reader.Depth):
                    feedTitle = PlainText.Clean(ElementText(reader), 300);
                    positioned = true;
                    break;
                default:
                    break;
            }
        }

        return new ParsedFeed(feedTitle, entryTitles);
    }

    /// <summary>The text of the element, CDATA and nested XHTML included; escaped HTML stays for <see cref="PlainText"/> to strip.</summary>
    private static string ElementText(XmlReader reader) => ((XElement)XNode.ReadFrom(reader)).Value;

    // RSS 2.0: rss/channel/title; RSS 1.0: rdf:RDF/channel/title; Atom: feed/title.
    private static bool IsFeedLevel(string root, int depth) => root == "feed" ? depth == 1 : depth == 2;
}
