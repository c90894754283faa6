using System.Diagnostics;

namespace Rapport.Importers.Tests.Sheets;

internal static class LibreOffice
{
    public static string? Executable { get; } = Find();

    /// <summary>Converts every sheet of a workbook to UTF-8 CSV (comma, double quotes) in <paramref name="folder"/>.</summary>
    public static Task<string[]> ConvertToCsvAsync(string workbook, string folder) =>
        ConvertAsync(workbook, folder, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "*.csv");

    /// <summary>Opens a workbook and saves it again as XLSX, as a user saving from LibreOffice would (shared strings, its own styles).</summary>
    public static Task<string[]> ResaveAsXlsxAsync(string workbook, string folder) =>
        ConvertAsync(workbook, folder, "xlsx:Calc MS Excel 2007 XML", "*.xlsx");

    private static async Task<string[]> ConvertAsync(string workbook, string folder, string filter, string pattern)
    {
        var profile = Path.Combine(folder, "profile");
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
            "--headless",
            "--convert-to",
            filter,
            "--outdir",
            folder,
            workbook,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var converted = Directory.GetFiles(folder, pattern);
        Assert.True(process.ExitCode == 0 && converted.Length > 0, $"soffice exited with {process.ExitCode}: {await output} {await error}");
        return converted;
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
}
