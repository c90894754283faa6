namespace Rapport.Text.Tests.Properties;

/// <summary>A generated text: any UTF-16 code unit (lone surrogates included) mixed with entity-shaped pieces.</summary>
public sealed record HostileText(string Value)
{
    public override string ToString() => string.Join(" ", Value.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
