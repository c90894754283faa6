using System.Text;

namespace Rapport.Connectors.Curation;

/// <summary>
/// Text in the form highlights are stored and matched in: NFC, whitespace collapsed to single spaces, and a
/// folded twin of the same length (lower case, typographic quotes and dashes made plain) for matching what a
/// user types against what a page prints. Index i means the same character in both.
/// </summary>
internal sealed class NormalizedText
{
    private NormalizedText(string text)
    {
        Text = text;
        Folded = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    public string Text { get; }

    public string Folded { get; }

    public static NormalizedText From(string text) =>
        new(Rapport.Connectors.Web.PlainText.CollapseWhitespace(text.Normalize(NormalizationForm.FormC)));

    private static char Fold(char character) => character switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(character),
    };
}
