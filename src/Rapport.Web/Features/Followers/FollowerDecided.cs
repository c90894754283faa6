using Rapport.Core.Triage;

namespace Rapport.Web.Features.Followers;

public sealed record FollowerDecided(long PersonId, FollowerDecisionKind Decision);
