using Rapport.Core.Profiles;

namespace Rapport.Core.Search;

/// <summary>How much two accounts' followers (or followings) overlap, with a sample of the shared accounts.</summary>
public sealed record FollowOverlap(
    string? HandleA,
    string? HandleB,
    FollowListKind Kind,
    int CountA,
    int CountB,
    int Shared,
    int Union,
    double Jaccard,
    IReadOnlyList<string> Sample);
