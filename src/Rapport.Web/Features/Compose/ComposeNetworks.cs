using Rapport.Text.Networks;

namespace Rapport.Web.Features.Compose;

/// <summary>The networks the composer offers, by the names the CLI uses, with the label a person reads.</summary>
public static class ComposeNetworks
{
    public static IReadOnlyList<(string Name, string Label)> Choices { get; } =
    [
        ("x", "X"),
        ("x140", "X classic (140)"),
        ("mastodon", "Mastodon"),
        ("bluesky", "Bluesky"),
        ("linkedin", "LinkedIn"),
        ("facebook", "Facebook"),
        ("threads", "Threads"),
    ];

    public static IReadOnlyList<string> Default { get; } = ["x", "mastodon", "bluesky"];

    public static string NameOf(Network network) => network switch
    {
        Network.X => "x",
        Network.XClassic => "x140",
        Network.Mastodon => "mastodon",
        Network.Bluesky => "bluesky",
        Network.LinkedIn => "linkedin",
        Network.Facebook => "facebook",
        Network.Threads => "threads",
        _ => network.ToString().ToLowerInvariant(),
    };

    public static string LabelOf(Network network)
    {
        var name = NameOf(network);
        return Choices.FirstOrDefault(c => c.Name == name).Label ?? name;
    }
}
