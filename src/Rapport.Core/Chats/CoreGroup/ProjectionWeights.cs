namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// Weights added to the co-attendance projection for each reply or mention between two people inside a session,
/// in the same unit as one shared two-person session (weight 1).
/// </summary>
public sealed record ProjectionWeights(double Reply = 0.5, double Mention = 0.25)
{
    public double For(TieKind kind) => kind == TieKind.Reply ? Reply : Mention;
}
