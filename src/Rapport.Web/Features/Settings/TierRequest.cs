namespace Rapport.Web.Features.Settings;

/// <summary>
/// A cadence tier to add or replace by name: an interval such as "weekly", "10d" or "2m", and which touches
/// count: "outgoing" (anything you send but a like, as the built-in tiers) or "private" (DMs, chats and logged ones).
/// </summary>
public sealed record TierRequest(string? Name, string? Interval, string? Counts);
