namespace Rapport.Core.Cadence.Sheets;

/// <summary>The header of an exported sheet, in order. Handles and lists share a cell, separated by <see cref="ValueSeparator"/>.</summary>
public static class SheetColumns
{
    public const string Id = "id";
    public const string Handles = "handles";
    public const string DisplayName = "display_name";
    public const string Lists = "lists";
    public const string Cadence = "cadence";
    public const string LastTouch = "last_touch";
    public const string NextDue = "next_due";
    public const string Notes = "notes";

    public const char ValueSeparator = ';';

    public static IReadOnlyList<string> All { get; } = [Id, Handles, DisplayName, Lists, Cadence, LastTouch, NextDue, Notes];

    /// <summary>Columns an import needs; the derived ones may be deleted from the sheet.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Handles, DisplayName, Lists, Cadence, Notes];
}
