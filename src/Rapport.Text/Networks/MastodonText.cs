using System.Text.RegularExpressions;
using Rapport.Text.Extraction;

namespace Rapport.Text.Networks;

/// <summary>Mastodon's view of a status: which mentions it sees (<c>Account::MENTION_RE</c>) and how they count.</summary>
public static partial class MastodonText
{
    /// <summary>Mentions as Mastodon finds them; <see cref="TextEntity.Value"/> is "user" or "user@host".</summary>
    public static IReadOnlyList<TextEntity> ExtractMentions(string text)
    {
        var mentions = new List<TextEntity>();
        foreach (Match match in MentionRegex().Matches(text ?? string.Empty))
        {
            mentions.Add(new TextEntity(EntityKind.Mention, match.Groups[1].Value, match.Index, match.Index + match.Length));
        }

        return mentions;
    }

    /// <summary>The part of a mention Mastodon counts: "@user" for "@user@host".</summary>
    public static int CountedLength(TextEntity mention)
    {
        var at = mention.Value.IndexOf('@', StringComparison.Ordinal);
        return 1 + (at < 0 ? mention.Value.Length : at);
    }

    /// <summary>The mention text for an account: "@user" on its own server, "@user@host" elsewhere.</summary>
    public static string Mention(string handle, string? localServer = null)
    {
        var trimmed = handle.Trim().TrimStart('@');
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && localServer is not null && trimmed[(at + 1)..].Equals(localServer, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..at];
        }

        return "@" + trimmed;
    }

    [GeneratedRegex(@"(?<![=/\w])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[\w.-]+\w+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionRegex();
}
