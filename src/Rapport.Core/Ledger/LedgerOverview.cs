namespace Rapport.Core.Ledger;

public sealed record LedgerOverview(
    string? EgoHandle,
    int People,
    int Posts,
    int Followers,
    int Following,
    int Likes,
    int DirectMessages,
    int Touches,
    int Lists);
