using Rapport.Core.Ledger;

namespace Rapport.Web.Features.Today;

/// <summary>The kinds of touch a person logs by hand, in the words the CLI's <c>--kind</c> takes.</summary>
public static class TouchKinds
{
    public static IReadOnlyList<(string Value, string Label)> Choices { get; } =
    [
        ("manual", "Other (met, called)"),
        ("dm", "Direct message"),
        ("reply", "Reply"),
        ("mention", "Mention"),
        ("quote", "Quote"),
        ("repost", "Repost"),
        ("chat", "Chat or meeting"),
    ];

    public static TouchChannel? Parse(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "" or "manual" or "other" => TouchChannel.Manual,
        "dm" or "directmessage" or "message" => TouchChannel.DirectMessage,
        "reply" => TouchChannel.Reply,
        "mention" => TouchChannel.Mention,
        "quote" => TouchChannel.Quote,
        "repost" => TouchChannel.Repost,
        "chat" or "call" or "meeting" => TouchChannel.Chat,
        _ => null,
    };
}
