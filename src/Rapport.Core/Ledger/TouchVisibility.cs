namespace Rapport.Core.Ledger;

public enum TouchVisibility
{
    Public,
    Private,
}
