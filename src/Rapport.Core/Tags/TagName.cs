using System.Globalization;

namespace Rapport.Core.Tags;

/// <summary>
/// What a tag may be: one to 64 characters after trimming and dropping a leading '#', with no commas or
/// semicolons (a command line takes several tags comma-separated, a spreadsheet cell semicolon-separated),
/// no control characters and no line breaks. Tags compare case-insensitively by <see cref="Key"/>.
/// </summary>
public static class TagName
{
    public const int MaxLength = 64;

    /// <exception cref="ArgumentException">The text cannot be a tag; the message says why.</exception>
    public static string Normalize(string? text) =>
        TryNormalize(text, out var tag, out var problem) ? tag : throw new ArgumentException(problem, nameof(text));

    /// <summary>The tag the text names, or false with the reason it cannot be one.</summary>
    public static bool TryNormalize(string? text, out string tag, out string problem)
    {
        tag = (text ?? string.Empty).Trim().TrimStart('#').Trim();
        problem = tag switch
        {
            { Length: 0 } => "A tag cannot be empty.",
            { Length: > MaxLength } => string.Create(CultureInfo.InvariantCulture, $"A tag is at most {MaxLength} characters: '{tag[..20]}...'."),
            _ when tag.AsSpan().IndexOfAny(",;") >= 0 || tag.Any(char.IsControl) =>
                $"'{tag}' is not a tag: a tag holds no commas, semicolons, line breaks or control characters.",
            _ => string.Empty,
        };
        return problem.Length == 0;
    }

    public static string Key(string tag) => tag.ToLowerInvariant();
}
