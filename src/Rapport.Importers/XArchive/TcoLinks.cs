using System.Security.Cryptography;
using System.Text;

namespace Rapport.Importers.XArchive;

/// <summary>Stands in for X's link shortener: the same URL in the same post always gets the same t.co link.</summary>
internal static class TcoLinks
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string Shorten(string postId, int index, string url)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{postId}\n{index}\n{url}"), hash);
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return "https://t.co/" + new string(code);
    }

    public static string Display(string url)
    {
        var withoutScheme = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..]
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..]
            : url;
        return withoutScheme.Length <= 26 ? withoutScheme : withoutScheme[..25] + "…";
    }
}
