using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Rapport.Text.Tests.Conformance;

internal sealed record ConformanceCase(string Description, string Text, YamlNode Expected)
{
    public bool ExpectedBool => bool.Parse(((YamlScalarNode)Expected).Value!);

    /// <summary>A scalar, or null for an empty "expected:".</summary>
    public string? ExpectedScalar => Expected is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    public IReadOnlyList<string> ExpectedStrings =>
        [.. ((YamlSequenceNode)Expected).Children.Select(node => ((YamlScalarNode)node).Value ?? string.Empty)];

    public IReadOnlyList<YamlMappingNode> ExpectedMappings =>
        [.. ((YamlSequenceNode)Expected).Children.Cast<YamlMappingNode>()];

    public int ExpectedInt(string key) => Int(Expected, key);

    public static int Int(YamlNode mapping, string key) =>
        int.Parse(Field(mapping, key)!, CultureInfo.InvariantCulture);

    public static string? Field(YamlNode mapping, string key) =>
        ((YamlMappingNode)mapping).Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    public static (int Start, int End) Indices(YamlNode mapping)
    {
        var indices = (YamlSequenceNode)((YamlMappingNode)mapping).Children[new YamlScalarNode("indices")];
        return (int.Parse(((YamlScalarNode)indices[0]).Value!, CultureInfo.InvariantCulture),
            int.Parse(((YamlScalarNode)indices[1]).Value!, CultureInfo.InvariantCulture));
    }
}
