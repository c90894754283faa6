namespace Rapport.Web.Features.Chats;

public sealed record GraphEdge(int From, int To, double Weight, double StrokeWidth);
