namespace Rapport.Web.Features.Today;

/// <summary>Either <see cref="Days"/> (1 to 366) or <see cref="Until"/> (yyyy-MM-dd, after today).</summary>
public sealed record SnoozeRequest(int? Days, string? Until, string? Reason);
