namespace Rapport.Web.Features.Lists;

/// <summary>Someone to put on a list, by one of their handles.</summary>
public sealed record ListMemberRequest(string? Handle);
