namespace Rapport.Importers.XArchive;

internal static class ArchiveEntryNames
{
    /// <summary>
    /// True when a name would land outside the folder it is unpacked into ("../", an absolute path, a drive):
    /// such an archive was made to attack, not by X.
    /// </summary>
    public static bool EscapesRoot(string name)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        if (name[0] is '/' or '\\' || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return true;
        }

        foreach (var segment in name.Split('/', '\\'))
        {
            if (segment == "..")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of <paramref name="name"/> before its "data/" folder, or null when it has none.</summary>
    public static string? PrefixBeforeDataFolder(string name)
    {
        var at = 0;
        while (true)
        {
            var found = name.IndexOf("data/", at, StringComparison.Ordinal);
            if (found < 0)
            {
                return null;
            }

            if (found == 0 || name[found - 1] == '/')
            {
                return name[..found];
            }

            at = found + 1;
        }
    }
}
