namespace Rapport.Text.Extraction;

/// <summary>The country and generic top-level domains of twitter-text's <c>tld_lib.yml</c>, in file order.</summary>
/// <remarks>The order matters: it is the order of the alternation, and so decides which domain wins first.</remarks>
internal sealed class TopLevelDomains
{
    private TopLevelDomains(IReadOnlyList<string> country, IReadOnlyList<string> generic)
    {
        Country = country;
        Generic = generic;
    }

    public IReadOnlyList<string> Country { get; }

    public IReadOnlyList<string> Generic { get; }

    public static TopLevelDomains Embedded { get; } = LoadEmbedded();

    /// <summary>Reads the two block lists of the file; the format is simple enough to need no YAML library.</summary>
    public static TopLevelDomains Parse(TextReader reader)
    {
        var country = new List<string>();
        var generic = new List<string>();
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("country:", StringComparison.Ordinal))
            {
                current = country;
            }
            else if (line.StartsWith("generic:", StringComparison.Ordinal))
            {
                current = generic;
            }
            else if (current is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                current.Add(Unquote(line[2..].Trim()));
            }
        }

        return new TopLevelDomains(country, generic);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[^1] == value[0] ? value[1..^1] : value;

    private static TopLevelDomains LoadEmbedded()
    {
        using var stream = typeof(TopLevelDomains).Assembly.GetManifestResourceStream("Rapport.Text.tld_lib.yml")
            ?? throw new InvalidOperationException("The embedded tld_lib.yml is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
