namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// <see cref="Seed"/> fixes the node visiting order, so a run is repeatable. Louvain's result depends on that order;
/// <see cref="Trials"/> runs that many orders (the first is <see cref="Seed"/>'s) and keeps the best partition.
/// <see cref="MaxPassesPerLevel"/> bounds the node visits on one level to that many times the node count; a level
/// normally ends sooner, when no node wants to move.
/// </summary>
public sealed record LouvainOptions(
    int Seed = 1,
    double Resolution = 1.0,
    int Trials = 1,
    int MaxLevels = 20,
    int MaxPassesPerLevel = 50);
