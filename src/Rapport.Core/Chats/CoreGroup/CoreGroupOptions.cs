namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// <see cref="MinSharedSessions"/>: meeting once is chance, so fewer shared sessions never make someone a regular.
/// <see cref="MaxPeople"/> bounds the "people you keep meeting" list.
/// </summary>
public sealed record CoreGroupOptions
{
    public ProjectionWeights Weights { get; init; } = new();

    public LouvainOptions Louvain { get; init; } = new();

    public int MinSharedSessions { get; init; } = 2;

    public int MaxPeople { get; init; } = 25;
}
