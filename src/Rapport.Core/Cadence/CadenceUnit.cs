namespace Rapport.Core.Cadence;

public enum CadenceUnit
{
    Days,

    /// <summary>Calendar months in the user's time zone, clamped at month end (31 January + 1 month = 28 or 29 February).</summary>
    Months,
}
