using System.Diagnostics;

namespace Rapport.Importers.Tests.Sheets;

internal static class LibreOffice
{
    public static string? Executable { get; } = Find();

    /// <summary>Converts every sheet of a workbook to UTF-8 CSV (comma, double quotes) in <paramref name="folder"/>.</summary>
    public static async Task<string[]> ConvertToCsvAsync(string workbook, string folder)
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
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
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
        var csvs = Directory.GetFiles(folder, "*.csv");
        Assert.True(process.ExitCode == 0 && csvs.Length > 0, $"soffice exited with {process.ExitCode}: {await output} {await error}");
        return csvs;
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
}
