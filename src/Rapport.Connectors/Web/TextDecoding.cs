using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.Connectors.Web;

/// <summary>
/// Decodes a body the way browsers do, in order: byte order mark, the Content-Type charset, a charset
/// declared near the start of the document (meta tag or XML declaration), then UTF-8.
/// </summary>
internal static partial class TextDecoding
{
    private const int SniffBytes = 1024;

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(body[2..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        }

        var encoding = Lookup(headerCharset) ?? Lookup(DeclaredCharset(body)) ?? Encoding.UTF8;
        return encoding.GetString(body);
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        var match = DeclaredCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim().Trim('"', '\'');
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
    }

    [GeneratedRegex("""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharsetPattern();
}
