namespace Rapport.Core.Cadence.Sheets;

public enum SheetChangeKind
{
    Create,
    Update,
}
