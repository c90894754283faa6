namespace Rapport.Web.Features.Chats;

public sealed record GraphNode(string Label, double X, double Y, double Radius, bool IsEgo, bool Highlighted);
