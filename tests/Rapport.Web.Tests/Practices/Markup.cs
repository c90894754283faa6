using System.Text.RegularExpressions;

namespace Rapport.Web.Tests.Practices;

/// <summary>What the strict Content-Security-Policy demands of every page, checked on the HTML itself.</summary>
public static partial class Markup
{
    public static void AssertNoInlineScriptOrStyle(string html)
    {
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandler(), html);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[a-z][\\w:-]*(?:\\s+[\\w:-]+(?:=\"[^\"]*\")?)*\\s+style=", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<[a-z][\\w:-]*(?:\\s+[\\w:-]+(?:=\"[^\"]*\")?)*\\s+on[a-z]+=", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EventHandler();
}
