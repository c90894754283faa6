using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Rapport.Importers.Tests.XArchive;

internal static class ZipFixtures
{
    public static string Create(string path, IReadOnlyDictionary<string, string> entries, bool withAccount = true)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        if (withAccount)
        {
            Add(zip, "data/account.js", RawArchive.Account);
        }

        foreach (var (name, content) in entries)
        {
            Add(zip, name, content);
        }

        return path;
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in both its local and central headers, as a ZIP bomb would.</summary>
    public static void DeclareUncompressedSize(string path, string entryName, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var at = 0; at + 46 < bytes.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
            if (signature == 0x04034b50 && bytes.AsSpan(at + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 22), size);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(at + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), size);
                patched++;
            }
        }

        if (patched != 2)
        {
            throw new InvalidOperationException($"Expected two headers for {entryName}, found {patched}.");
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>A data file that is valid but mostly blank, so that it compresses about a thousand to one.</summary>
    public static string BlankLikes(int bytes) =>
        "window.YTD.like.part0 = [" + new string(' ', bytes) + "]";

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
