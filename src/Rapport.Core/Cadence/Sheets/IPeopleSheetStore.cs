namespace Rapport.Core.Cadence.Sheets;

/// <summary>Implemented by the storage: the rows an export writes and a preview compares with, and applying a preview.</summary>
public interface IPeopleSheetStore
{
    /// <summary>Every person, in a stable order (by id), streamed so that an export holds one row at a time.</summary>
    IAsyncEnumerable<PersonSheetRow> ReadRowsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies a preview's changes in one transaction: creates people with their handles, sets display
    /// names, list memberships (creating lists by name), the person's own cadence and the sheet note.
    /// </summary>
    Task ApplyAsync(IReadOnlyList<SheetChange> changes, CancellationToken cancellationToken);
}
