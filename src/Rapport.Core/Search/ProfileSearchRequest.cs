namespace Rapport.Core.Search;

/// <summary>A search as a person asks for it: names rather than ids, text not yet parsed.</summary>
public sealed record ProfileSearchRequest(string Text)
{
    public string? ListName { get; init; }
    public FollowFilter Follows { get; init; }
    public string? Location { get; init; }
    public string? Interest { get; init; }
    public bool IncludePosts { get; init; } = true;
    public int Limit { get; init; } = 20;
}
