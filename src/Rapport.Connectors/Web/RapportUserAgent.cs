using System.Reflection;

namespace Rapport.Connectors.Web;

/// <summary>The User-Agent every Rapport request carries, so site owners can tell who is asking.</summary>
public static class RapportUserAgent
{
    public static string Value { get; } = Build();

    private static string Build()
    {
        var assembly = typeof(RapportUserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";

        // The informational version may carry "+<commit>", which is not valid in a product token.
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        return $"Rapport/{version} (+local-first social CRM)";
    }
}
