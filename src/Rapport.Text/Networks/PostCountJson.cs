using System.Text.Json;
using System.Text.Json.Nodes;
using Rapport.Text.Extraction;

namespace Rapport.Text.Networks;

/// <summary>
/// The JSON shape of a count, for scripts: one object per text with its length, limit, validity, ranges and
/// entities (UTF-16 offsets, code-point offsets and, on Bluesky, UTF-8 facet offsets).
/// </summary>
public static class PostCountJson
{
    public static JsonObject ToJson(string text, PostCount count)
    {
        var json = new JsonObject
        {
            ["network"] = NameOf(count.Network),
            ["length"] = count.Length,
            ["limit"] = count.Limit,
            ["remaining"] = count.Remaining,
            ["valid"] = count.IsValid,
            ["validRangeEnd"] = count.ValidRangeEnd,
            ["displayRangeEnd"] = Math.Max(0, text.Length - 1),
            ["problems"] = new JsonArray([.. count.Problems.Select(problem => (JsonNode)JsonValue.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(problem.ToString())))]),
            ["entities"] = new JsonArray([.. count.Entities.Select(entity => (JsonNode)Entity(text, entity))]),
        };
        if (count.Utf8Bytes is { } bytes)
        {
            json["utf8Bytes"] = bytes;
            json["byteLimit"] = count.ByteLimit;
        }

        if (count.Facets.Count > 0)
        {
            json["facets"] = new JsonArray([.. count.Facets.Select(facet => (JsonNode)new JsonObject
            {
                ["type"] = facet.FeatureType,
                ["value"] = facet.Value,
                ["byteStart"] = facet.ByteStart,
                ["byteEnd"] = facet.ByteEnd,
            })]);
        }

        return json;
    }

    /// <summary>
    /// One line of <c>rapport text parse --jsonl</c>: reads <c>{"text": ..., "network": ...}</c> (network defaults
    /// to x) and returns the result as one line of JSON, or <c>{"error": ...}</c> for a line it cannot read.
    /// </summary>
    public static string ParseLine(string line)
    {
        JsonNode? input;
        try
        {
            input = JsonNode.Parse(line);
        }
        catch (JsonException exception)
        {
            return Error("invalid JSON: " + exception.Message);
        }

        if (input is not JsonObject obj || obj["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text))
        {
            return Error("expected an object with a string \"text\"");
        }

        var networkName = obj["network"] is JsonValue networkValue && networkValue.TryGetValue<string>(out var name) ? name : "x";
        if (!NetworkRules.TryParse(networkName, out var rules))
        {
            return Error($"unknown network \"{networkName}\"; expected one of {string.Join(", ", NetworkRules.Names)}");
        }

        return ToJson(text, PostCounter.Count(text, rules)).ToJsonString();
    }

    public static string NameOf(Network network) => network switch
    {
        Network.XClassic => "x140",
        _ => network.ToString().ToLowerInvariant(),
    };

    private static JsonObject Entity(string text, TextEntity entity)
    {
        var (start, end) = CodePointIndices.Of(text, entity);
        var json = new JsonObject
        {
            ["type"] = entity.Kind.ToString().ToLowerInvariant(),
            ["value"] = entity.Value,
            ["start"] = entity.Start,
            ["end"] = entity.End,
            ["codePointStart"] = start,
            ["codePointEnd"] = end,
        };
        if (entity.ListSlug.Length > 0)
        {
            json["listSlug"] = entity.ListSlug;
        }

        return json;
    }

    private static string Error(string message) => new JsonObject { ["error"] = message }.ToJsonString();
}
