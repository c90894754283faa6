namespace Rapport.Core.Cadence;

public enum DueBasis
{
    /// <summary>Counted from the last qualifying touch.</summary>
    LastTouch,

    /// <summary>Never touched in a way that counts: due from the day the cadence began to apply.</summary>
    CadenceStart,
}
