namespace Rapport.Importers.Sheets;

/// <summary>
/// Keeps a spreadsheet from running what a cell says. Text beginning with =, +, -, @, a tab or a carriage
/// return (after any apostrophes) is written with one more leading apostrophe, so that Excel, LibreOffice
/// and Google Sheets show it as text; an import removes exactly that apostrophe, so the round trip gives
/// back the original text, including text that itself began with apostrophes.
/// </summary>
public static class FormulaEscaping
{
    private const char Marker = '\'';

    public static string Escape(string value) => NeedsMarker(value) ? Marker + value : value;

    public static string Unescape(string value) =>
        value.Length > 1 && value[0] == Marker && NeedsMarker(value[1..]) ? value[1..] : value;

    private static bool NeedsMarker(string value)
    {
        var rest = value.AsSpan().TrimStart(Marker);
        return !rest.IsEmpty && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
