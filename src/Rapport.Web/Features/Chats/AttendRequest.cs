namespace Rapport.Web.Features.Chats;

public sealed record AttendRequest(bool Attending);
