namespace Rapport.Web.Features.People;

public sealed record ListMembershipRequest(string? List);
