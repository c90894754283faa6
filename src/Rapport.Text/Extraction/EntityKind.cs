namespace Rapport.Text.Extraction;

public enum EntityKind
{
    Url,
    Mention,
    Hashtag,
    Cashtag,
}
