namespace Rapport.Core.Ledger;

/// <summary>Out: the ego reached the person. In: the person reached the ego.</summary>
public enum TouchDirection
{
    Out,
    In,
}
