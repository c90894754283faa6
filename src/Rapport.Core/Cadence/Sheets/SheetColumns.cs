namespace Rapport.Core.Cadence.Sheets;

/// <summary>
/// The header of an exported sheet, in order. Handles, lists and tags share a cell, separated by
/// <see cref="ValueSeparator"/>. Columns added later go at the end, so sheets edited by position keep working.
/// </summary>
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
    public const string Tags = "tags";

    public const char ValueSeparator = ';';

    public static IReadOnlyList<string> All { get; } = [Id, Handles, DisplayName, Lists, Cadence, LastTouch, NextDue, Notes, Tags];

    /// <summary>
    /// Columns an import needs; the derived ones may be deleted from the sheet, and <see cref="Tags"/> too:
    /// a sheet without it (one exported before tags were) leaves everyone's tags as they are.
    /// </summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Handles, DisplayName, Lists, Cadence, Notes];
}
