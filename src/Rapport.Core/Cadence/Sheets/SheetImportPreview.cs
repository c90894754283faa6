namespace Rapport.Core.Cadence.Sheets;

/// <summary>
/// What an import would do, before anything changes: the people it would create and update, the rows it
/// would skip because they match the workspace, and every bad row. Applying is a separate step that hands
/// <see cref="Changes"/> to <see cref="IPeopleSheetStore.ApplyAsync"/>.
/// </summary>
public sealed record SheetImportPreview(
    IReadOnlyList<SheetChange> Creates,
    IReadOnlyList<SheetChange> Updates,
    IReadOnlyList<SheetRowIssue> Skipped,
    IReadOnlyList<SheetRowIssue> BadRows)
{
    public IEnumerable<SheetChange> Changes => Creates.Concat(Updates);

    public bool HasChanges => Creates.Count > 0 || Updates.Count > 0;
}
