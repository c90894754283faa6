using System.Globalization;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Import;
using Spectre.Console;

namespace Rapport.Cli.Import;

/// <summary>Progress while an import runs and the summary table after it.</summary>
internal static class ImportRendering
{
    public static async Task<T> WithProgressAsync<T>(
        CommandContext context, string title, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (!context.Interactive)
        {
            return await work(null);
        }

        return await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(title, maxValue: 1);
                var reporter = new Progress<ImportProgress>(update =>
                {
                    task.Description = $"{title}: {update.Stage}";
                    if (update.TotalBytes > 0)
                    {
                        task.MaxValue = update.TotalBytes;
                        task.Value = Math.Min(update.BytesRead, update.TotalBytes);
                    }
                });
                var result = await work(reporter);
                task.Value = task.MaxValue;
                return result;
            });
    }

    public static void Render(IAnsiConsole console, ImportSummary summary, string title)
    {
        var table = new Table().Title(title).AddColumns("Kind", "New", "Updated", "Unchanged");
        foreach (var kind in summary.Kinds)
        {
            table.AddRow(kind.Kind, Number(kind.New), Number(kind.Updated), Number(kind.Unchanged));
        }

        console.Write(table);
        console.MarkupLine(summary.ChangedAnything
            ? $"Done in {summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s."
            : $"Nothing new: the ledger already held all of it ({summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s).");
    }

    public static object ToJson(ImportSummary summary) => new
    {
        source = summary.Source,
        elapsedSeconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        changedAnything = summary.ChangedAnything,
        kinds = summary.Kinds,
    };

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
