using Rapport.Core.Cadence;

namespace Rapport.Storage.Cadence;

/// <summary>Which row of <c>cadence_due_days</c> a person of the due cache is counted in.</summary>
internal readonly record struct DueDayKey(CadenceUnit Unit, int Count, DateOnly Day);
