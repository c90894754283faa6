using System.Text.Json.Nodes;
using Rapport.Text.Networks;

namespace Rapport.Text.Composer;

/// <summary>The JSON shape of drafts for <c>rapport compose --json</c>.</summary>
public static class DraftJson
{
    public static JsonArray ToJson(IEnumerable<Draft> drafts) => new([.. drafts.Select(draft => (JsonNode)ToJson(draft))]);

    public static JsonObject ToJson(Draft draft) => new()
    {
        ["network"] = PostCountJson.NameOf(draft.Network),
        ["fits"] = draft.Fits,
        ["quoteTrimmed"] = draft.QuoteTrimmed,
        ["quoteDropped"] = draft.QuoteDropped,
        ["commentTrimmed"] = draft.CommentTrimmed,
        ["shareIntentUrl"] = draft.ShareIntentUrl,
        ["posts"] = new JsonArray([.. draft.Posts.Select(post => (JsonNode)new JsonObject
        {
            ["text"] = post.Text,
            ["length"] = post.Count.Length,
            ["limit"] = post.Count.Limit,
            ["valid"] = post.Count.IsValid,
            ["payload"] = post.Payload.DeepClone(),
        })]),
    };
}
