namespace Rapport.Importers.Sheets;

public enum SheetFormat
{
    Csv,
    Xlsx,
}
