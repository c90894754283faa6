using Rapport.Core.Import;

namespace Rapport.Core.Profiles;

/// <summary>One record a profile file yields: a profile, a post, or a follow edge of a known account.</summary>
public sealed record ProfileSourceItem
{
    public ProfileRecord? Profile { get; init; }
    public PostRecord? Post { get; init; }
    public FollowRecord? Follow { get; init; }

    public static ProfileSourceItem Of(ProfileRecord profile) => new() { Profile = profile };

    public static ProfileSourceItem Of(PostRecord post) => new() { Post = post };

    public static ProfileSourceItem Of(FollowRecord follow) => new() { Follow = follow };
}
