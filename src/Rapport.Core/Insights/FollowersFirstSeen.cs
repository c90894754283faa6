namespace Rapport.Core.Insights;

/// <summary>How many of the ego's followers were first seen in the snapshot taken at <see cref="FirstSeen"/>.</summary>
public sealed record FollowersFirstSeen(DateTimeOffset FirstSeen, int Followers);
