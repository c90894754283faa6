namespace Rapport.Importers.XArchive;

/// <summary>The layouts X has used for its archive's post files.</summary>
public enum XArchiveEra
{
    /// <summary>Late 2022 on: tweets.js, note-tweet.js for long posts, a manifest.</summary>
    Tweets,

    /// <summary>2019 to 2022: tweet.js ("YTD.tweet.part0"), long posts not split out.</summary>
    Tweet,
}
