namespace Rapport.Web.Features.Settings;

/// <summary>A cadence tier: its interval in words and the touches that count towards it.</summary>
public sealed record TierView(string Name, string Interval, IReadOnlyList<string> Channels, IReadOnlyList<string> Directions);
