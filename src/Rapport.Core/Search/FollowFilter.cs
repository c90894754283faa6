namespace Rapport.Core.Search;

/// <summary>How a search result must relate to the ego's graph.</summary>
public enum FollowFilter
{
    Anyone,

    /// <summary>They follow the ego.</summary>
    FollowsMe,

    /// <summary>Mutual: the ego follows them and they follow the ego back.</summary>
    FollowsBack,
}
