using System.Text;

namespace Rapport.Text.Networks;

/// <summary>
/// LinkedIn's "little text" format of <c>commentary</c>: these characters must be escaped with a backslash or
/// the post is cut silently at the first one.
/// </summary>
public static class LinkedInText
{
    public const string ReservedCharacters = "\\|{}@[]()<>#*_~";

    public static bool IsReserved(char c) => ReservedCharacters.Contains(c, StringComparison.Ordinal);

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsReserved(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A mention in little text; the name is escaped, the URN must be a LinkedIn person or organisation URN.</summary>
    public static string Mention(string name, string urn)
    {
        if (!urn.StartsWith("urn:li:", StringComparison.Ordinal) || urn.Any(c => c is '(' or ')' or ' '))
        {
            throw new ArgumentException("Expected a LinkedIn URN such as urn:li:person:abc123.", nameof(urn));
        }

        return "@[" + Escape(name) + "](" + urn + ")";
    }
}
