namespace Rapport.Core.Chats.CoreGroup;

public enum TieKind
{
    Reply,
    Mention,
}
