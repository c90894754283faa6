using Rapport.Text.Counting;

namespace Rapport.Text.Networks;

/// <summary>How one network (or one server of it) counts a post. Build with the factory methods.</summary>
public sealed record NetworkRules
{
    private NetworkRules(Network network, int limit)
    {
        Network = network;
        Limit = limit;
    }

    public Network Network { get; }

    /// <summary>The maximum length, in the network's unit.</summary>
    public int Limit { get; init; }

    /// <summary>What a link costs whatever its length; null where a link counts in full.</summary>
    public int? UrlLength { get; init; }

    /// <summary>A second limit in UTF-8 bytes (Bluesky).</summary>
    public int? ByteLimit { get; init; }

    public int? MaxLinks { get; init; }

    public int? MaxMentions { get; init; }

    public int? MaxHashtags { get; init; }

    /// <summary>The twitter-text configuration for X; null elsewhere.</summary>
    public TwitterTextConfiguration? TwitterConfiguration { get; init; }

    /// <summary>Images attached to the post (they cost <see cref="AttachedImageCost"/> each in classic mode).</summary>
    public int AttachedImages { get; init; }

    public int AttachedImageCost { get; init; }

    /// <summary>The server's host, for Mastodon mentions of local accounts (<c>@user</c> then needs no host).</summary>
    public string? Server { get; init; }

    /// <summary>The names the CLI accepts: x, x140, mastodon, bluesky, threads, linkedin, facebook.</summary>
    public static IReadOnlyList<string> Names { get; } = ["x", "x140", "mastodon", "bluesky", "threads", "linkedin", "facebook"];

    public static NetworkRules X(TwitterTextConfiguration? configuration = null)
    {
        var config = configuration ?? TwitterTextConfiguration.Default;
        return new NetworkRules(Network.X, config.MaxWeightedTweetLength)
        {
            TwitterConfiguration = config,
            UrlLength = config.TransformedUrlLength,
            MaxLinks = 10,
            MaxMentions = 50,
            MaxHashtags = 50,
        };
    }

    public static NetworkRules XClassic(int attachedImages = 0) =>
        new(Network.XClassic, 140)
        {
            TwitterConfiguration = TwitterTextConfiguration.V1,
            UrlLength = 23,
            AttachedImages = attachedImages,
            AttachedImageCost = 24,
        };

    /// <summary>Mastodon; pass the server's <c>configuration.statuses</c> values when known.</summary>
    public static NetworkRules Mastodon(int maxCharacters = 500, int charactersReservedPerUrl = 23, string? server = null) =>
        new(Network.Mastodon, maxCharacters) { UrlLength = charactersReservedPerUrl, Server = server };

    public static NetworkRules Bluesky() => new(Network.Bluesky, 300) { ByteLimit = 3000 };

    public static NetworkRules Threads() => new(Network.Threads, 500) { MaxLinks = 5 };

    public static NetworkRules LinkedIn() => new(Network.LinkedIn, 3000);

    public static NetworkRules Facebook() => new(Network.Facebook, 63206);

    public static NetworkRules For(Network network) => network switch
    {
        Network.X => X(),
        Network.XClassic => XClassic(),
        Network.Mastodon => Mastodon(),
        Network.Bluesky => Bluesky(),
        Network.Threads => Threads(),
        Network.LinkedIn => LinkedIn(),
        Network.Facebook => Facebook(),
        _ => throw new ArgumentOutOfRangeException(nameof(network)),
    };

    /// <summary>Rules for a CLI name (see <see cref="Names"/>), case-insensitive; false when unknown.</summary>
    public static bool TryParse(string? name, out NetworkRules rules)
    {
        Network? network = name?.Trim().ToLowerInvariant() switch
        {
            "x" or "twitter" => Network.X,
            "x140" or "xclassic" or "classic" => Network.XClassic,
            "mastodon" => Network.Mastodon,
            "bluesky" or "bsky" => Network.Bluesky,
            "threads" => Network.Threads,
            "linkedin" => Network.LinkedIn,
            "facebook" => Network.Facebook,
            _ => null,
        };
        rules = network is { } known ? For(known) : X();
        return network is not null;
    }
}
