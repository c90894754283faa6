using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Tests.Sheets;

internal static class SheetSamples
{
    public static IReadOnlyList<CadenceTier> Tiers => CadenceTiers.BuiltIn;

    public static List<PersonSheetRow> People() =>
    [
        new(1, ["@ada"], "Ada Lovelace", ["Founders", "Inner circle"], "weekly", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 8), "Met at the \"Analytical\" meetup, 2019;\nlikes cold brew") { Tags = ["investor", "RustConf"] },
        new(2, ["@bob", "mastodon:@bob@example.social"], "=HYPERLINK(\"http://evil.example\",\"click\")", [], null, null, null, "+1 555 0100"),
        new(3, ["@cy"], "-Cy-", ["Wider"], PersonSheetRow.OffCadence, new DateOnly(2026, 1, 31), null, "@channel\tnote") { Tags = ["=cmd|' /C calc'!A0", "investor"] },
        new(4, ["@dee"], "  Dee, with spaces  ", ["Ünïcödé ☕"], "monthly", null, new DateOnly(2028, 2, 29), "'=already quoted\r\nsecond line\rthird") { Tags = ["café ☕"] },
        new(5, ["@eve"], null, [], "every 10 days", null, null, null),
    ];

    public static async Task<byte[]> ExportAsync(IEnumerable<PersonSheetRow> rows, bool xlsx)
    {
        using var output = new MemoryStream();
        if (xlsx)
        {
            await Rapport.Importers.Sheets.XlsxSheetWriter.WriteAsync(rows, output, CancellationToken.None);
        }
        else
        {
            await Rapport.Importers.Sheets.CsvSheetWriter.WriteAsync(rows, output, CancellationToken.None);
        }

        return output.ToArray();
    }

    public static async Task<Rapport.Importers.Sheets.SheetTable> ReadAsync(byte[] bytes, bool xlsx)
    {
        using var input = new MemoryStream(bytes);
        return xlsx
            ? await Rapport.Importers.Sheets.XlsxSheetReader.ReadAsync(input, CancellationToken.None)
            : await Rapport.Importers.Sheets.CsvSheetReader.ReadAsync(input, CancellationToken.None);
    }
}
