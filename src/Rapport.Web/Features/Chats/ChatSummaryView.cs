namespace Rapport.Web.Features.Chats;

/// <summary>A chat of the directory: its hashtags and hosts (without '#' and '@'), and its schedule in its own zone.</summary>
public sealed record ChatSummaryView(
    long Id,
    string Name,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Hosts,
    string? Topic,
    string? Description,
    string Schedule,
    string TimeZone,
    bool Attending);
