using System.Globalization;

namespace Rapport.Importers.Chats;

/// <summary>Header names are matched loosely ("Reply To", "reply-to", "reply_to"), since files come from many tools.</summary>
internal static class ChatFileColumns
{
    public const int MaxBytes = 64 * 1024 * 1024;
    public const int MaxCellLength = 10_000;

    public static string Key(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    public static Dictionary<string, int> Map(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            map.TryAdd(Key(headers[i]), i);
        }

        return map;
    }

    public static string? Cell(IReadOnlyList<string> row, Dictionary<string, int> map, params string[] names)
    {
        foreach (var name in names)
        {
            if (map.TryGetValue(name, out var index) && index < row.Count && row[index].Trim() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    public static string Row(long number) => number.ToString(CultureInfo.InvariantCulture);
}
