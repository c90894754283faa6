namespace Rapport.Core.Cadence.Sheets;

/// <summary>
/// A row an import leaves alone, with its row number as the spreadsheet shows it (the header is row 1) and
/// the reason. Skipped rows are fine (nothing changed); bad rows need the user's attention.
/// </summary>
public sealed record SheetRowIssue(int RowNumber, long? PersonId, string Reason);
