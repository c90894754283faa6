using Rapport.Core.Cadence;

namespace Rapport.Web.Features.Today;

/// <summary>A snooze or skip just saved: the person is not due before <see cref="Until"/>.</summary>
public sealed record Deferred(long PersonId, DeferralKind Kind, DateOnly Until, string? Reason);
