using System.Text;
using Rapport.Importers.Sheets;

namespace Rapport.Importers.Tests.Sheets;

public sealed class FormulaEscapingTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-Cy-", "'-Cy-")]
    [InlineData("@channel", "'@channel")]
    [InlineData("\tindent", "'\tindent")]
    [InlineData("\rreturn", "'\rreturn")]
    [InlineData("'=already", "''=already")]
    [InlineData("plain", "plain")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Formula_looking_text_gets_a_leading_apostrophe_that_an_import_removes(string value, string escaped)
    {
        Assert.Equal(escaped, FormulaEscaping.Escape(value));
        Assert.Equal(value, FormulaEscaping.Unescape(escaped));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_exported_cell_starts_with_a_formula_character(bool xlsx)
    {
        var table = await SheetSamples.ReadAsync(await SheetSamples.ExportAsync(SheetSamples.People(), xlsx), xlsx);

        Assert.All(table.Rows.SelectMany(r => r.Cells.Where(c => c.Key != "id").Select(c => c.Value)), cell =>
            Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", table.Rows[1].Cell("display_name"));
    }

    [Fact]
    public async Task The_csv_starts_with_a_byte_order_mark_and_quotes_what_needs_quoting()
    {
        var bytes = await SheetSamples.ExportAsync(SheetSamples.People(), xlsx: false);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal("id,handles,display_name,lists,cadence,last_touch,next_due,notes,tags\r\n1,'@ada,Ada Lovelace,\"Founders; Inner circle\",weekly,2026-05-01,2026-05-08,\"Met at the \"\"Analytical\"\" meetup, 2019;\nlikes cold brew\",\"investor; RustConf\"\r\n", text[..text.IndexOf("\r\n2,", StringComparison.Ordinal)] + "\r\n");
        Assert.Contains(",\"'=cmd|' /C calc'!A0; investor\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", text, StringComparison.Ordinal);
    }
}
