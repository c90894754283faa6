using Rapport.Core.Connections;

namespace Rapport.Web.Features.People;

/// <summary>
/// A drafted opener with its length as X counts it (from the composer, so it is exact): <see cref="XLength"/>
/// of <see cref="XLimit"/>, and whether it fits one post.
/// </summary>
public sealed record PersonOpenerView(string PointId, ConnectionKind Kind, string Text, string? Url, int XLength, int XLimit, bool FitsX);
