using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>A sheet as read, before it is compared with the workspace: the rows, and what could not be read at all.</summary>
public sealed record SheetTable(IReadOnlyList<string> Header, IReadOnlyList<SheetRecord> Rows, IReadOnlyList<SheetRowIssue> Problems);
