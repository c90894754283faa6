using System.Globalization;
using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Profiles;

namespace Rapport.Importers.XApi;

/// <summary>
/// Turns one JSON value of a saved X API response into records. The users a response is about (its
/// <c>data</c>, a v1.1 page's <c>users</c>, one flattened user a line) become follow edges when the list's
/// owner is known; users and posts that only come along (<c>includes</c>, a post's author) do not.
/// </summary>
internal sealed class XApiInterpreter(FollowListOwner? givenOwner, FollowListOwner? fileHint)
{
    public List<ProfileSourceItem> Interpret(JsonElement root)
    {
        var items = new List<ProfileSourceItem>();
        ReadValue(root, "$", requestHint: null, items);
        return items;
    }

    private void ReadValue(JsonElement value, string path, FollowListOwner? requestHint, List<ProfileSourceItem> items)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    ReadValue(element, $"{path}[{index++}]", requestHint, items);
                }

                break;
            case JsonValueKind.Object:
                ReadObject(value, path, requestHint, items);
                break;
            default:
                throw new XApiShapeException(path, $"expected a response, user or post object, found {Describe(value.ValueKind)}");
        }
    }

    private void ReadObject(JsonElement value, string path, FollowListOwner? requestHint, List<ProfileSourceItem> items)
    {
        // Recorded responses wrap the body with the request that produced it.
        if (value.TryGetProperty("body", out var body) && value.TryGetProperty("_source", out var source))
        {
            var request = source.ValueKind == JsonValueKind.Object && source.TryGetProperty("request", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString()
                : null;
            ReadValue(body, path + ".body", FollowListHint.FromRequest(request) ?? requestHint, items);
            return;
        }

        if (Has(value, "data") || Has(value, "includes") || (Has(value, "meta") && !Has(value, "username")) || (Has(value, "errors") && !Has(value, "id")))
        {
            ReadV2Response(value, path, requestHint, items);
            return;
        }

        if (value.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array)
        {
            var owner = Owner(requestHint, path);
            var index = 0;
            foreach (var user in users.EnumerateArray())
            {
                ReadListedUser(user, $"{path}.users[{index++}]", owner, items);
            }

            return;
        }

        if (value.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array)
        {
            var owner = Owner(requestHint, path);
            var index = 0;
            foreach (var id in ids.EnumerateArray())
            {
                var idPath = $"{path}.ids[{index++}]";
                var text = id.ValueKind switch
                {
                    JsonValueKind.String => id.GetString(),
                    JsonValueKind.Number => id.GetRawText(),
                    _ => null,
                };
                if (string.IsNullOrEmpty(text) || !text.All(char.IsAsciiDigit))
                {
                    throw new XApiShapeException(idPath, "expected an account id");
                }

                if (owner is not null)
                {
                    items.Add(ProfileSourceItem.Of(FollowOf(text, owner)));
                }
            }

            return;
        }

        if (IsUser(value))
        {
            ReadListedUser(value, path, Owner(requestHint, path), items);
            return;
        }

        if (IsPost(value))
        {
            ReadPost(value, path, items);
            return;
        }

        throw new XApiShapeException(path, "is neither an X API response nor a user or post object (no \"data\", \"users\", \"username\", \"screen_name\" or \"text\")");
    }

    private void ReadV2Response(JsonElement response, string path, FollowListOwner? requestHint, List<ProfileSourceItem> items)
    {
        if (response.TryGetProperty("data", out var data))
        {
            switch (data.ValueKind)
            {
                case JsonValueKind.Object:
                    ReadV2DataItem(data, path + ".data", requestHint, items, single: true);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in data.EnumerateArray())
                    {
                        ReadV2DataItem(item, $"{path}.data[{index++}]", requestHint, items, single: false);
                    }

                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw new XApiShapeException(path + ".data", $"expected an object or an array, found {Describe(data.ValueKind)}");
            }
        }

        if (response.TryGetProperty("includes", out var includes) && includes.ValueKind == JsonValueKind.Object)
        {
            ReadArray(includes, "users", path + ".includes", (user, at) => items.AddRange(XApiUser.Read(user, at).Select(ProfileSourceItem.Of)));
            ReadArray(includes, "tweets", path + ".includes", (post, at) => ReadPost(post, at, items));
        }
    }

    private void ReadV2DataItem(JsonElement item, string path, FollowListOwner? requestHint, List<ProfileSourceItem> items, bool single)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new XApiShapeException(path, $"expected a user or post object, found {Describe(item.ValueKind)}");
        }

        if (IsUser(item))
        {
            // A lone user is a look-up, not a list: it becomes an edge only when the user said whose list it is.
            var owner = single ? (givenOwner is null ? null : Owner(requestHint, path)) : Owner(requestHint, path);
            ReadListedUser(item, path, owner, items);
        }
        else if (IsPost(item))
        {
            ReadPost(item, path, items);
        }
        else
        {
            throw new XApiShapeException(path, "is neither a user (\"username\") nor a post (\"text\")");
        }
    }

    private static void ReadListedUser(JsonElement user, string path, FollowListOwner? owner, List<ProfileSourceItem> items)
    {
        if (user.ValueKind != JsonValueKind.Object)
        {
            throw new XApiShapeException(path, $"expected a user object, found {Describe(user.ValueKind)}");
        }

        foreach (var profile in XApiUser.Read(user, path))
        {
            items.Add(ProfileSourceItem.Of(profile));
            if (owner is not null)
            {
                items.Add(ProfileSourceItem.Of(FollowOf(profile.ExternalId, owner)));
            }
        }

        // v1.1 users carry their latest post; twarc2 flattened users their pinned one.
        if (user.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object)
        {
            var authorId = XApiUser.IdOf(user, path);
            items.AddRange(XApiPost.ReadV1(status, path + ".status", authorId).Select(ProfileSourceItem.Of));
        }

        if (user.TryGetProperty("pinned_tweet", out var pinned) && pinned.ValueKind == JsonValueKind.Object)
        {
            ReadPostInto(pinned, path + ".pinned_tweet", items, fallbackAuthorId: XApiUser.IdOf(user, path));
        }
    }

    private static void ReadPost(JsonElement post, string path, List<ProfileSourceItem> items) =>
        ReadPostInto(post, path, items, fallbackAuthorId: null);

    private static void ReadPostInto(JsonElement post, string path, List<ProfileSourceItem> items, string? fallbackAuthorId)
    {
        if (post.ValueKind != JsonValueKind.Object)
        {
            throw new XApiShapeException(path, $"expected a post object, found {Describe(post.ValueKind)}");
        }

        // v1.1 posts name their author in "user"; v2 posts in "author_id", flattened ones also in "author".
        if (post.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object)
        {
            items.AddRange(XApiUser.Read(user, path + ".user").Select(ProfileSourceItem.Of));
            items.AddRange(XApiPost.ReadV1(post, path, XApiUser.IdOf(user, path + ".user")).Select(ProfileSourceItem.Of));
            return;
        }

        foreach (var name in (string[])["author", "in_reply_to_user"])
        {
            if (post.TryGetProperty(name, out var expanded) && expanded.ValueKind == JsonValueKind.Object)
            {
                items.AddRange(XApiUser.Read(expanded, $"{path}.{name}").Select(ProfileSourceItem.Of));
            }
        }

        items.AddRange(XApiPost.ReadV2(post, path, fallbackAuthorId).Select(ProfileSourceItem.Of));
    }

    /// <summary>The list's owner: what the user said first, then the recorded request, then the file name.</summary>
    private FollowListOwner? Owner(FollowListOwner? requestHint, string path)
    {
        var hintKind = requestHint?.Kind ?? fileHint?.Kind;
        if (givenOwner is not null)
        {
            var kind = givenOwner.Kind ?? hintKind ?? throw new XApiShapeException(
                path, "the list's owner is given, but not whether it lists their followers or the accounts they follow (--relation followers|following)");
            return givenOwner with { Kind = kind };
        }

        return requestHint ?? fileHint;
    }

    private static FollowRecord FollowOf(string externalId, FollowListOwner owner) =>
        new(externalId, owner.Kind == FollowListKind.Followers ? FollowDirection.FollowsEgo : FollowDirection.EgoFollows)
        {
            Owner = owner.Account,
        };

    private static void ReadArray(JsonElement parent, string name, string path, Action<JsonElement, string> read)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new XApiShapeException($"{path}.{name}", $"expected an array, found {Describe(array.ValueKind)}");
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            read(element, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{index++}]"));
        }
    }

    private static bool Has(JsonElement value, string name) => value.TryGetProperty(name, out _);

    private static bool IsUser(JsonElement value) => Has(value, "username") || Has(value, "screen_name");

    private static bool IsPost(JsonElement value) => Has(value, "text") || Has(value, "full_text");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
