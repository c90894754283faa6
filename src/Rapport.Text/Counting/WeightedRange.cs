namespace Rapport.Text.Counting;

/// <summary>Code points from <see cref="Start"/> to <see cref="End"/> (inclusive) weigh <see cref="Weight"/>.</summary>
public sealed record WeightedRange(int Start, int End, int Weight);
