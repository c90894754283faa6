namespace Rapport.Core.Ledger;

public enum PostKind
{
    Original,
    Reply,
    Quote,
    Repost,
}
