namespace Rapport.Core.Chats.Analytics;

/// <summary>How much others engaged with someone: replies to their posts from other people, not follower counts.</summary>
public sealed record ContributorStat(string Author, int RepliesReceived, int DistinctRepliers, int Posts);
