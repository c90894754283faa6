using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Tests.Sheets;

/// <summary>Applies a preview's changes the way a store would, so that a second import can be checked.</summary>
internal sealed class InMemoryPeopleSheet(IEnumerable<PersonSheetRow> rows)
{
    private readonly List<PersonSheetRow> _rows = [.. rows];

    public IReadOnlyList<PersonSheetRow> Rows => _rows;

    public void Apply(IEnumerable<SheetChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Kind == SheetChangeKind.Create)
            {
                _rows.Add(change.Row with { PersonId = _rows.Max(r => r.PersonId ?? 0) + 1 });
                continue;
            }

            var index = _rows.FindIndex(r => r.PersonId == change.PersonId);
            var row = _rows[index];
            foreach (var field in change.Fields)
            {
                row = field.Column switch
                {
                    SheetColumns.DisplayName => row with { DisplayName = change.Row.DisplayName },
                    SheetColumns.Lists => row with { Lists = change.Row.Lists },
                    SheetColumns.Cadence => row with { Cadence = change.Row.Cadence },
                    SheetColumns.Notes => row with { Notes = change.Row.Notes },
                    SheetColumns.Tags => row with { Tags = change.Row.Tags },
                    _ => throw new InvalidOperationException("unexpected column " + field.Column),
                };
            }

            _rows[index] = row;
        }
    }
}
