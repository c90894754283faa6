using System.Globalization;

namespace Rapport.Core.Tags;

/// <summary>
/// What a tag may be: one to 64 characters after trimming and dropping a leading '#', with no commas
/// (a spreadsheet holds several tags in one cell, comma-separated), no control characters and no line
/// breaks. Tags compare case-insensitively by <see cref="Key"/>.
/// </summary>
public static class TagName
{
    public const int MaxLength = 64;

    /// <exception cref="ArgumentException">The text cannot be a tag; the message says why.</exception>
    public static string Normalize(string? text)
    {
        var tag = (text ?? string.Empty).Trim().TrimStart('#').Trim();
        if (tag.Length == 0)
        {
            throw new ArgumentException("A tag cannot be empty.", nameof(text));
        }

        if (tag.Length > MaxLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A tag is at most {MaxLength} characters: '{tag[..20]}...'."), nameof(text));
        }

        if (tag.Contains(',', StringComparison.Ordinal) || tag.Any(char.IsControl))
        {
            throw new ArgumentException($"'{tag}' is not a tag: a tag holds no commas, line breaks or control characters.", nameof(text));
        }

        return tag;
    }

    public static string Key(string tag) => tag.ToLowerInvariant();
}
