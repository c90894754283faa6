namespace Rapport.Text.Networks;

public enum Network
{
    X,

    /// <summary>X with the 2016 rules: 140 code points, a link 23, an attached image 24 more.</summary>
    XClassic,
    Mastodon,
    Bluesky,
    Threads,
    LinkedIn,
    Facebook,
}
