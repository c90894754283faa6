namespace Rapport.Web.Features.People;

/// <summary>The cadence that applies (null: none), why, whether it is the person's own, and when they are next due.</summary>
public sealed record CadenceView(string? Cadence, string Why, bool OwnSetting, DateOnly? NextDue, IReadOnlyList<string> Tiers);
