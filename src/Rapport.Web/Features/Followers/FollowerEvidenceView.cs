using Rapport.Core.Connections;

namespace Rapport.Web.Features.Followers;

/// <summary>A follower's strongest connection point and the evidence for it: their exact phrase, where (a link when there is one) and when.</summary>
public sealed record FollowerEvidenceView(string PointId, ConnectionKind Kind, string Label, EvidenceSource Source, string Phrase, string? Link, DateTimeOffset? At);
