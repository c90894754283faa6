using System.Globalization;
using System.Text;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>How a row's values become cell text and back, the same for CSV and XLSX.</summary>
public static class SheetCells
{
    public const int MaxCellLength = 32_767;

    public static string[] ToCells(PersonSheetRow row) =>
    [
        row.PersonId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Text(Join(row.Handles)),
        Text(row.DisplayName),
        Text(Join(row.Lists)),
        Text(row.Cadence),
        row.LastTouch?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        row.NextDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        Text(row.Notes),
        Text(Join(row.Tags)),
    ];

    /// <summary>"a; b; c": the separator is followed by a space so that the cell reads well.</summary>
    public static string Join(IEnumerable<string> values) =>
        string.Join(SheetColumns.ValueSeparator + " ", values.Select(v => v.Trim()).Where(v => v.Length > 0));

    public static IReadOnlyList<string> Split(string cell) =>
        cell.Split(SheetColumns.ValueSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Line breaks as one "\n", as spreadsheets keep them inside a cell, and the formula escape.</summary>
    public static string Text(string? value) => value is null ? string.Empty : FormulaEscaping.Escape(Normalize(value));

    /// <summary>What a read cell means: the formula escape removed, line breaks normalised, outer spaces trimmed.</summary>
    public static string Read(string cell) => Normalize(FormulaEscaping.Unescape(cell)).Trim();

    public static string Normalize(string value) => value.Contains('\r', StringComparison.Ordinal)
        ? value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
        : value;

    /// <summary>Drops the characters XML 1.0 cannot carry, which an XLSX would otherwise refuse.</summary>
    public static string XmlSafe(string value)
    {
        if (!value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
        {
            return value;
        }

        var safe = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            var v = rune.Value;
            var allowed = v is 0x9 or 0xA or 0xD || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF && rune != Rune.ReplacementChar);
            if (allowed)
            {
                safe.Append(rune.ToString());
            }
        }

        return safe.ToString();
    }
}
