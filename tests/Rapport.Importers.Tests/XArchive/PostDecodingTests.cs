using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Importers.Tests.XArchive;

/// <summary>Posts written as X writes them (not by our writer), read into decoded records.</summary>
public sealed class PostDecodingTests : IDisposable
{
    private const string Posts = """
        window.YTD.tweets.part0 = [
          {
            "tweet" : {
              "edit_info" : { "initial" : { "editTweetIds" : [ "1627031510963441664" ], "editsRemaining" : "5", "isEditEligible" : true } },
              "retweeted" : false,
              "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
              "entities" : {
                "hashtags" : [ { "text" : "coffee", "indices" : [ "40", "47" ] } ],
                "symbols" : [ { "text" : "SBUX", "indices" : [ "48", "53" ] } ],
                "user_mentions" : [ ],
                "urls" : [ {
                  "url" : "https://t.co/abc123XYZ0",
                  "expanded_url" : "https://example.com/pour-over?a=1&b=2",
                  "display_url" : "example.com/pour-over?a=1…",
                  "indices" : [ "54", "77" ]
                } ]
              },
              "display_text_range" : [ "0", "77" ],
              "favorite_count" : "3",
              "id_str" : "1627031510963441664",
              "truncated" : false,
              "retweet_count" : "0",
              "id" : "1627031510963441664",
              "created_at" : "Sat Feb 18 19:45:15 +0000 2023",
              "favorited" : false,
              "full_text" : "Beans &amp; water &lt;3 &gt; everything #coffee $SBUX https://t.co/abc123XYZ0",
              "lang" : "en"
            }
          },
          {
            "tweet" : {
              "entities" : {
                "hashtags" : [ ],
                "symbols" : [ ],
                "user_mentions" : [
                  { "name" : "Ava Patel", "screen_name" : "avapatel", "indices" : [ "0", "9" ], "id_str" : "2289846755", "id" : "2289846755" },
                  { "name" : "Gone", "screen_name" : "goneaccount", "indices" : [ "10", "22" ], "id_str" : "-1", "id" : "-1" }
                ],
                "urls" : [ ]
              },
              "in_reply_to_status_id_str" : "1627000000000000000",
              "id_str" : "1627031510963441665",
              "in_reply_to_user_id" : "2289846755",
              "id" : "1627031510963441665",
              "in_reply_to_status_id" : "1627000000000000000",
              "created_at" : "Sat Feb 18 19:46:00 +0000 2023",
              "full_text" : "@avapatel @goneaccount so true",
              "in_reply_to_user_id_str" : "2289846755"
            }
          },
          {
            "tweet" : {
              "entities" : {
                "hashtags" : [ ],
                "symbols" : [ ],
                "user_mentions" : [ { "name" : "Ben Brooks", "screen_name" : "BenBrooks", "indices" : [ "3", "13" ], "id_str" : "11405401", "id" : "11405401" } ],
                "urls" : [ ]
              },
              "id_str" : "1627031510963441666",
              "id" : "1627031510963441666",
              "created_at" : "Sat Feb 18 19:47:00 +0000 2023",
              "full_text" : "RT @benbrooks: Long run done: 28k in the rain",
              "lang" : "en"
            }
          },
          {
            "tweet" : {
              "entities" : {
                "hashtags" : [ ],
                "symbols" : [ ],
                "user_mentions" : [ ],
                "urls" : [ {
                  "url" : "https://t.co/q1",
                  "expanded_url" : "https://x.com/chloediaz/status/1626000000000000001?s=20",
                  "display_url" : "x.com/chloediaz/stat…",
                  "indices" : [ "17", "32" ]
                } ]
              },
              "id_str" : "1627031510963441667",
              "id" : "1627031510963441667",
              "created_at" : "Sat Feb 18 19:48:00 +0000 2023",
              "full_text" : "Bookmarking this https://t.co/q1",
              "lang" : "en"
            }
          },
          {
            "tweet" : {
              "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ {
                  "url" : "https://t.co/w1",
                  "expanded_url" : "https://twitter.com/i/web/status/1627031510963441668",
                  "display_url" : "twitter.com/i/web/status/1…",
                  "indices" : [ "100", "115" ]
              } ] },
              "id_str" : "1627031510963441668",
              "id" : "1627031510963441668",
              "created_at" : "Sat Feb 18 19:49:00 +0000 2023",
              "full_text" : "A long thought about content calendars that keeps going well past what a single post can hold, and then more… https://t.co/w1",
              "lang" : "en"
            }
          },
        ]
        """;

    private const string NoteTweets = """
        window.YTD.note_tweet.part0 = [
          {
            "noteTweet" : {
              "noteTweetId" : "1627031511000000000",
              "updatedAt" : "2023-02-18T19:49:00.412Z",
              "lifecycle" : { "value" : "live", "name" : "Live", "originalDescriptor" : { "name" : "Live", "index" : "0" } },
              "createdAt" : "2023-02-18T19:49:00.412Z",
              "core" : {
                "styletags" : [ ],
                "urls" : [ { "shortUrl" : "https://t.co/n1", "displayUrl" : "example.org/cal", "expandedUrl" : "https://example.org/calendar", "fromIndex" : "200", "toIndex" : "215" } ],
                "text" : "A long thought about content calendars that keeps going well past what a single post can hold, and then more &amp; more, until it needs a note: https://t.co/n1",
                "mentions" : [ { "screenName" : "editorjo", "fromIndex" : "1", "toIndex" : "2" } ],
                "cashtags" : [ ],
                "hashtags" : [ { "text" : "contentmarketing", "fromIndex" : "1", "toIndex" : "2" } ]
              }
            }
          }
        ]
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Text_is_unescaped_and_links_expanded()
    {
        var post = (await ReadAsync())[0];

        Assert.Equal("Beans & water <3 > everything #coffee $SBUX https://example.com/pour-over?a=1&b=2", post.Text);
        Assert.Equal(["https://example.com/pour-over?a=1&b=2"], post.Urls);
        Assert.Equal(["coffee"], post.Hashtags);
        Assert.Equal(["SBUX"], post.Cashtags);
        Assert.Equal(PostKind.Original, post.Kind);
        Assert.Equal("18297364", post.AuthorExternalId);
        Assert.Equal(new DateTimeOffset(2023, 2, 18, 19, 45, 15, TimeSpan.Zero), post.CreatedAt);
    }

    [Fact]
    public async Task A_reply_keeps_its_target_and_unknown_mention_ids_become_null()
    {
        var post = (await ReadAsync())[1];

        Assert.Equal(PostKind.Reply, post.Kind);
        Assert.Equal("1627000000000000000", post.InReplyToPostId);
        Assert.Equal("2289846755", post.InReplyToUserId);
        Assert.Null(post.InReplyToHandle);
        Assert.Equal([new MentionRecord("2289846755", "avapatel", "Ava Patel"), new MentionRecord(null, "goneaccount", "Gone")], post.Mentions);
    }

    [Fact]
    public async Task A_repost_names_the_original_author_from_the_mentions()
    {
        var post = (await ReadAsync())[2];

        Assert.Equal(PostKind.Repost, post.Kind);
        Assert.Equal(new MentionRecord("11405401", "BenBrooks", "Ben Brooks"), post.RepostOf);
        Assert.Null(post.QuotedPostId);
    }

    [Fact]
    public async Task A_link_to_a_post_makes_a_quote()
    {
        var post = (await ReadAsync())[3];

        Assert.Equal(PostKind.Quote, post.Kind);
        Assert.Equal("1626000000000000001", post.QuotedPostId);
        Assert.Equal("chloediaz", post.QuotedHandle);
        Assert.Equal("Bookmarking this https://x.com/chloediaz/status/1626000000000000001?s=20", post.Text);
    }

    [Fact]
    public async Task A_long_post_takes_the_full_text_of_its_note()
    {
        var post = (await ReadAsync())[4];

        Assert.Equal("A long thought about content calendars that keeps going well past what a single post can hold, and then more & more, until it needs a note: https://example.org/calendar", post.Text);
        Assert.Equal(["https://example.org/calendar"], post.Urls);
        Assert.Equal(["contentmarketing"], post.Hashtags);
        Assert.Contains(new MentionRecord(null, "editorjo"), post.Mentions);
        Assert.Equal(PostKind.Original, post.Kind);
    }

    [Fact]
    public async Task A_note_more_than_a_second_away_is_not_merged()
    {
        var farNote = NoteTweets.Replace("2023-02-18T19:49:00.412Z", "2023-02-18T19:49:02.000Z", StringComparison.Ordinal);

        var post = (await ReadAsync(farNote))[4];

        Assert.EndsWith("and then more… https://twitter.com/i/web/status/1627031510963441668", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_whose_links_are_not_expanded_still_matches_on_the_text_before_them()
    {
        // The post's link is expanded from its entities; the note names the same link but lists no URLs.
        var posts = Posts.Replace("keeps going well past", "keeps going https://t.co/w2 well past", StringComparison.Ordinal)
            .Replace("\"url\" : \"https://t.co/w1\",", "\"url\" : \"https://t.co/w2\", \"expanded_url\" : \"https://example.net/going\" }, { \"url\" : \"https://t.co/w1\",", StringComparison.Ordinal);
        var notes = NoteTweets.Replace("{ \"shortUrl\" : \"https://t.co/n1\", \"displayUrl\" : \"example.org/cal\", \"expandedUrl\" : \"https://example.org/calendar\", \"fromIndex\" : \"200\", \"toIndex\" : \"215\" }", string.Empty, StringComparison.Ordinal)
            .Replace("keeps going well past", "keeps going https://t.co/w2 well past", StringComparison.Ordinal);

        var post = (await ReadAsync(notes, posts))[4];

        Assert.StartsWith("A long thought about content calendars that keeps going https://t.co/w2 well past", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("until it needs a note: https://t.co/n1", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bare_arrays_and_windows_line_endings_are_read()
    {
        var path = RawArchive.Write(_directory.File("bare"), new Dictionary<string, string>
        {
            ["data/tweets.js"] = "\uFEFF" + Posts[Posts.IndexOf('[', StringComparison.Ordinal)..].Replace("\n", "\r\n", StringComparison.Ordinal),
        });

        var read = await ArchiveReading.ReadAsync(path);

        Assert.Equal(5, read.Posts.Count);
    }

    private async Task<List<PostRecord>> ReadAsync(string notes = NoteTweets, string posts = Posts)
    {
        var path = RawArchive.Write(_directory.File("archive"), new Dictionary<string, string>
        {
            ["data/tweets.js"] = posts,
            ["data/note-tweet.js"] = notes,
        });
        return (await ArchiveReading.ReadAsync(path)).Posts;
    }
}
