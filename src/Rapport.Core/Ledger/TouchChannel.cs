namespace Rapport.Core.Ledger;

/// <summary>How an interaction between the ego and a person happened.</summary>
public enum TouchChannel
{
    Reply,
    Mention,
    Quote,
    Repost,
    DirectMessage,
    Like,
    Chat,
    Manual,
}
