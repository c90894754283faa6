using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Rapport.Core.Contacts;

namespace Rapport.Storage.Contacts;

/// <summary>
/// The sort key and identity id of a page's last row, written as opaque URL-safe text so callers pass it
/// back without depending on its shape. A cursor made for one sort order is refused for another.
/// </summary>
internal sealed record ContactCursor(ContactSort Sort, string? HandleKey, long IdentityId)
{
    public string Encode()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{(int)Sort}:{IdentityId}:{(HandleKey is null ? "-" : "+" + HandleKey)}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static ContactCursor Decode(string cursor, ContactSort expected)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException exception)
        {
            throw new ArgumentException("The cursor is not one this listing gave out.", nameof(cursor), exception);
        }

        var parts = text.Split(':', 3);
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort)
            || sort != (int)expected
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || parts[2].Length == 0 || (parts[2][0] != '-' && parts[2][0] != '+'))
        {
            throw new ArgumentException("The cursor is not one this listing gave out, or belongs to another sort order.", nameof(cursor));
        }

        return new ContactCursor(expected, parts[2][0] == '+' ? parts[2][1..] : null, id);
    }
}
