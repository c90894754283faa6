namespace Rapport.Core.Cadence.Sheets;

/// <summary>
/// What applying a row does: create the person in <see cref="Row"/>, or update person
/// <see cref="PersonId"/> with the columns in <see cref="Fields"/> (only those; the others are as they were).
/// </summary>
public sealed record SheetChange(int RowNumber, SheetChangeKind Kind, long? PersonId, PersonSheetRow Row, IReadOnlyList<SheetFieldChange> Fields);
