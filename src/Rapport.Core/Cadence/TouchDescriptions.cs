using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>Words for a touch when the ledger has no description of its own.</summary>
public static class TouchDescriptions
{
    public const int MaxLength = 200;

    public static string Describe(TouchChannel channel, TouchDirection direction) => (direction, channel) switch
    {
        (TouchDirection.Out, TouchChannel.Reply) => "you replied to them",
        (TouchDirection.Out, TouchChannel.Mention) => "you mentioned them",
        (TouchDirection.Out, TouchChannel.Quote) => "you quoted them",
        (TouchDirection.Out, TouchChannel.Repost) => "you reposted them",
        (TouchDirection.Out, TouchChannel.DirectMessage) => "you sent them a DM",
        (TouchDirection.Out, TouchChannel.Like) => "you liked their post",
        (TouchDirection.Out, TouchChannel.Chat) => "you talked in a chat",
        (TouchDirection.Out, TouchChannel.Manual) => "you logged a conversation",
        (_, TouchChannel.Reply) => "they replied to you",
        (_, TouchChannel.Mention) => "they mentioned you",
        (_, TouchChannel.Quote) => "they quoted you",
        (_, TouchChannel.Repost) => "they reposted you",
        (_, TouchChannel.DirectMessage) => "they sent you a DM",
        (_, TouchChannel.Like) => "they liked your post",
        (_, TouchChannel.Chat) => "they talked with you in a chat",
        _ => "they got in touch",
    };

    /// <summary>The ledger's description on one line and bounded, or the words for its kind.</summary>
    public static string Describe(QualifyingTouch touch) =>
        string.IsNullOrWhiteSpace(touch.Description) ? Describe(touch.Channel, touch.Direction) : OneLine(touch.Description);

    /// <summary>Untrusted text made fit for a reason: whitespace runs and control characters become one space, at most <see cref="MaxLength"/> characters.</summary>
    public static string OneLine(string description)
    {
        var text = string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length + rune.Utf16SequenceLength > MaxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(System.Text.Rune.IsControl(rune) ? " " : rune.ToString());
        }

        return builder.ToString();
    }
}
