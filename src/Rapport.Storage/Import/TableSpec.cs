namespace Rapport.Storage.Import;

/// <summary>
/// A table as the bulk paths see it: the first column is always the <c>id</c> key, and rows are
/// <c>object?[]</c> in column order. A test checks every spec against the EF model.
/// </summary>
internal sealed class TableSpec
{
    public TableSpec(string name, params (string Name, ColumnType Type)[] columns)
    {
        Name = name;
        Columns = [new ColumnSpec("id", ColumnType.Int64), .. columns.Select(c => new ColumnSpec(c.Name, c.Type))];
    }

    public string Name { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
