namespace Rapport.Importers.Tests.XArchive;

/// <summary>Writes an unpacked archive from literal file contents, in X's own shapes.</summary>
internal static class RawArchive
{
    public const string Account = """
        window.YTD.account.part0 = [
          {
            "account" : {
              "email" : "owner@example.com",
              "createdVia" : "web",
              "username" : "danawrites",
              "accountId" : "18297364",
              "createdAt" : "2009-03-14T17:02:11.000Z",
              "accountDisplayName" : "Dana Whitfield"
            }
          }
        ]
        """;

    public static string Write(string root, IReadOnlyDictionary<string, string> files, bool withAccount = true)
    {
        Directory.CreateDirectory(Path.Combine(root, "data"));
        if (withAccount)
        {
            File.WriteAllText(Path.Combine(root, "data", "account.js"), Account);
        }

        foreach (var (name, content) in files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return root;
    }
}
