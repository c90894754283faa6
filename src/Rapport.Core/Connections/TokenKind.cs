namespace Rapport.Core.Connections;

public enum TokenKind
{
    Word,
    Hashtag,
    Mention,
    Emoji,
    Url,
}
