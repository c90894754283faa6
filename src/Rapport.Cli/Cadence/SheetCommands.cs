using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence.Sheets;
using Rapport.Importers.Sheets;
using Spectre.Console;

namespace Rapport.Cli.Cadence;

/// <summary><c>rapport export</c> and <c>rapport import sheet</c>: the people as a spreadsheet, and back.</summary>
internal static class SheetCommands
{
    public static Command CreateExport(CliRuntime runtime)
    {
        var format = new Option<string?>("--format") { Description = "csv or xlsx (from the file's extension when left out)" };
        var output = new Option<string>("--out") { Description = "The file to write", Required = true };
        var export = new Command("export", "Export people, lists, cadences, last touch, next due and notes as CSV or XLSX") { format, output };
        export.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var path = parse.GetValue(output)!;
                var chosen = parse.GetValue(format)?.Trim().ToLowerInvariant() switch
                {
                    null => PeopleSheetService.FormatOf(path),
                    "csv" => SheetFormat.Csv,
                    "xlsx" => SheetFormat.Xlsx,
                    var other => throw new CliException($"'{other}' is not a sheet format: use csv or xlsx.", ExitCodes.Usage),
                };
                await using var scope = People.Scope(context);
                await using (var file = File.Create(path))
                {
                    await scope.ServiceProvider.GetRequiredService<PeopleSheetService>().ExportAsync(file, chosen, ct);
                }

                if (context.Json)
                {
                    context.WriteJson(new { path, format = chosen });
                }
                else
                {
                    context.Console.WriteLine($"Wrote {path}.");
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return export;
    }

    public static Command CreateImportSheet(CliRuntime runtime)
    {
        var input = new Argument<string>("FILE") { Description = "A CSV (Google Sheets, Excel) or XLSX file with the exported columns" };
        var apply = new Option<bool>("--apply") { Description = "Make the changes; without it, only the preview is shown" };
        var sheet = new Command("sheet", "Preview, then apply, an edited spreadsheet of people") { input, apply };
        sheet.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var path = parse.GetValue(input)!;
                await using var scope = People.Scope(context);
                var sheets = scope.ServiceProvider.GetRequiredService<PeopleSheetService>();
                SheetImportPreview preview;
                await using (var file = File.OpenRead(path))
                {
                    preview = await sheets.PreviewAsync(file, PeopleSheetService.FormatOf(path), ct);
                }

                var applied = parse.GetValue(apply) && preview.HasChanges;
                if (applied)
                {
                    await context.Get<IPeopleSheetStore>().ApplyAsync([.. preview.Changes], ct);
                }

                if (context.Json)
                {
                    context.WriteJson(new { preview.Creates, preview.Updates, preview.Skipped, preview.BadRows, applied });
                }
                else
                {
                    Render(context.Console, preview, applied);
                }

                // A sheet in which no row could be read (a wrong file, a missing header) is bad input.
                return preview.BadRows.Count > 0 && !preview.HasChanges && preview.Skipped.Count == 0
                    ? ExitCodes.BadInput
                    : ExitCodes.Ok;
            },
            cancellationToken));
        return sheet;
    }

    /// <summary>Tags as what is added and removed, which a long before-and-after cell hides; other columns as before -> after.</summary>
    private static string Describe(SheetFieldChange field)
    {
        if (field.Column != SheetColumns.Tags)
        {
            return $"{field.Column}: {field.Before ?? "-"} -> {field.After ?? "-"}";
        }

        var before = SheetCells.Split(field.Before ?? string.Empty);
        var after = SheetCells.Split(field.After ?? string.Empty);
        var added = after.Where(t => !before.Contains(t, StringComparer.OrdinalIgnoreCase)).Select(t => "+" + t);
        var removed = before.Where(t => !after.Contains(t, StringComparer.OrdinalIgnoreCase)).Select(t => "-" + t);
        return "tags: " + string.Join(", ", added.Concat(removed));
    }

    private static void Render(IAnsiConsole console, SheetImportPreview preview, bool applied)
    {
        var table = new Table().AddColumns("Row", "Action", "Person", "Details");
        foreach (var change in preview.Changes.OrderBy(c => c.RowNumber))
        {
            table.AddRow(
                ContactsCommands.Text(change.RowNumber.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(change.Kind == SheetChangeKind.Create ? "create" : "update"),
                ContactsCommands.Text(change.PersonId?.ToString(CultureInfo.InvariantCulture) ?? string.Join(";", change.Row.Handles)),
                ContactsCommands.Text(string.Join("; ", change.Fields.Select(Describe))));
        }

        foreach (var bad in preview.BadRows)
        {
            table.AddRow(
                ContactsCommands.Text(bad.RowNumber.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text("bad row"),
                ContactsCommands.Text(bad.PersonId?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                ContactsCommands.Text(bad.Reason));
        }

        if (table.Rows.Count > 0)
        {
            console.Write(table);
        }

        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{preview.Creates.Count} to create, {preview.Updates.Count} to update, {preview.Skipped.Count} unchanged, {preview.BadRows.Count} bad rows."));
        console.WriteLine(applied
            ? "Applied."
            : preview.HasChanges ? "Nothing was changed. Run again with --apply to make these changes." : "Nothing to change.");
    }
}
