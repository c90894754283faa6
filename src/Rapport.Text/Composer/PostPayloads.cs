using System.Text.Json.Nodes;
using Rapport.Text.Networks;
using Rapport.Text.Networks.Bluesky;

namespace Rapport.Text.Composer;

/// <summary>
/// The body of each network's create-post call for a text, with the native quote where the quoted post has an id
/// on that network. Fields that need the account (author, createdAt, a DID for a mention) are the caller's.
/// </summary>
public static class PostPayloads
{
    public static JsonObject For(Network network, string text, string? url, QuotedPost? quoted)
    {
        switch (network)
        {
            case Network.X or Network.XClassic:
                var x = new JsonObject { ["text"] = text };
                if (quoted?.XPostId is { } tweetId)
                {
                    x["quote_tweet_id"] = tweetId;
                }

                return x;
            case Network.Mastodon:
                var status = new JsonObject { ["status"] = text };
                if (quoted?.MastodonStatusId is { } statusId)
                {
                    status["quoted_status_id"] = statusId;
                }

                return status;
            case Network.Bluesky:
                return Bluesky(text, quoted);
            case Network.LinkedIn:
                var post = new JsonObject
                {
                    ["commentary"] = text,
                    ["visibility"] = "PUBLIC",
                    ["distribution"] = new JsonObject { ["feedDistribution"] = "MAIN_FEED" },
                    ["lifecycleState"] = "PUBLISHED",
                };
                if (quoted?.LinkedInUrn is { } parent)
                {
                    post["reshareContext"] = new JsonObject { ["parent"] = parent };
                }

                return post;
            case Network.Threads:
                return new JsonObject { ["media_type"] = "TEXT", ["text"] = text };
            default:
                var message = new JsonObject { ["message"] = text };
                if (!string.IsNullOrWhiteSpace(url))
                {
                    message["link"] = url;
                }

                return message;
        }
    }

    private static JsonObject Bluesky(string text, QuotedPost? quoted)
    {
        var facets = new JsonArray();
        foreach (var facet in BlueskyRichText.DetectFacets(text))
        {
            var feature = new JsonObject { ["$type"] = facet.FeatureType };
            switch (facet.Kind)
            {
                case BlueskyFacetKind.Link:
                    feature["uri"] = facet.Value;
                    break;
                case BlueskyFacetKind.Mention:
                    // As the Bluesky client library does: the handle stands in the did until it is resolved.
                    feature["did"] = facet.Value;
                    break;
                default:
                    feature["tag"] = facet.Value;
                    break;
            }

            facets.Add(new JsonObject
            {
                ["index"] = new JsonObject { ["byteStart"] = facet.ByteStart, ["byteEnd"] = facet.ByteEnd },
                ["features"] = new JsonArray(feature),
            });
        }

        var record = new JsonObject { ["$type"] = "app.bsky.feed.post", ["text"] = text };
        if (facets.Count > 0)
        {
            record["facets"] = facets;
        }

        if (quoted?.BlueskyUri is { } uri && quoted.BlueskyCid is { } cid)
        {
            record["embed"] = new JsonObject
            {
                ["$type"] = "app.bsky.embed.record",
                ["record"] = new JsonObject { ["uri"] = uri, ["cid"] = cid },
            };
        }

        return record;
    }
}
