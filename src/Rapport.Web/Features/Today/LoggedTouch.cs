using Rapport.Core.Ledger;

namespace Rapport.Web.Features.Today;

/// <summary>A touch just logged, and when the person is next due (null: no cadence applies).</summary>
public sealed record LoggedTouch(long PersonId, TouchEntry Touch, DateOnly? NextDue);
