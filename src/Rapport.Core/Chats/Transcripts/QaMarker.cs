using System.Globalization;

namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// A "Q3" or "A3b" label found in a post. <see cref="Part"/> is the letter of a multi-part answer ("A1a"), or null.
/// </summary>
public sealed record QaMarker(QaKind Kind, int Number, char? Part)
{
    public string Label => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Kind == QaKind.Question ? 'Q' : 'A')}{Number}{(Part is { } p ? p.ToString() : string.Empty)}");

    public override string ToString() => Label;
}
