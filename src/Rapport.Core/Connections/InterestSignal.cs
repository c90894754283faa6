namespace Rapport.Core.Connections;

/// <summary>A topic someone signals, how strongly (bio counts more than one post), and the phrases that say so.</summary>
public sealed record InterestSignal(Topic Topic, double Weight, IReadOnlyList<Evidence> Evidence);
