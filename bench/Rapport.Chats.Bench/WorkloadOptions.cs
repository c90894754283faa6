namespace Rapport.Chats.Bench;

/// <summary>
/// The generated chat world: <see cref="Chats"/> chats, each with its own pool of regulars (the planted
/// communities), <see cref="SessionsPerChat"/> sessions each, session sizes log-normal around
/// <see cref="MedianSessionSize"/>, and a share of visitors drawn from anywhere.
/// </summary>
internal sealed record WorkloadOptions(
    int People = 100_000,
    int Chats = 500,
    int SessionsPerChat = 20,
    double MedianSessionSize = 25,
    double SessionSizeSigma = 0.6,
    int MinSessionSize = 4,
    int MaxSessionSize = 250,
    double VisitorShare = 0.15,
    double RepliesPerMember = 0.5,
    double MentionsPerMember = 0.25,
    int Seed = 20_260_101);
