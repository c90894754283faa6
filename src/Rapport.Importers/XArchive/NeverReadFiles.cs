namespace Rapport.Importers.XArchive;

/// <summary>Personal data files of an X archive that the product has no use for, and so never opens.</summary>
internal static class NeverReadFiles
{
    private static readonly string[] ExactNames =
    [
        "email-address-change.js",
        "ip-audit.js",
        "phone-number.js",
        "device-token.js",
        "contact.js",
        "key-registry.js",
    ];

    public static bool Contains(string entryName)
    {
        var fileName = entryName[(entryName.LastIndexOf('/') + 1)..];
        if (fileName.StartsWith("ad-", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var baseName = StripPartSuffix(fileName);
        return Array.Exists(ExactNames, name => string.Equals(name, baseName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"contact-part2.js" is still the contact file.</summary>
    private static string StripPartSuffix(string fileName)
    {
        var partAt = fileName.IndexOf("-part", StringComparison.OrdinalIgnoreCase);
        return partAt < 0 ? fileName : string.Concat(fileName.AsSpan(0, partAt), ".js");
    }
}
