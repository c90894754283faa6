namespace Rapport.Web.Features.Lists;

/// <summary>A name for a new list, or a list's new name.</summary>
public sealed record ListNameRequest(string? Name)
{
    public const int MaxNameLength = 100;
}
