using System.Text.Json.Nodes;
using Rapport.Text.Composer;
using Rapport.Text.Networks;

namespace Rapport.Text.Tests.Networks;

public sealed class PostCountJsonTests
{
    [Fact]
    public void A_jsonl_line_gets_length_validity_ranges_and_entities()
    {
        var result = JsonNode.Parse(PostCountJson.ParseLine("""{"text": "Hi @alice 😷 https://example.com/x", "network": "x"}"""))!;

        Assert.Equal("x", (string?)result["network"]);
        Assert.Equal(36, (int)result["length"]!);
        Assert.True((bool)result["valid"]!);
        var entities = result["entities"]!.AsArray();
        Assert.Equal(["mention", "url"], entities.Select(entity => (string?)entity!["type"]));
        Assert.Equal(13, (int)entities[1]!["start"]!);
        Assert.Equal(12, (int)entities[1]!["codePointStart"]!);
    }

    [Fact]
    public void Bluesky_lines_carry_bytes_and_facets()
    {
        var result = JsonNode.Parse(PostCountJson.ParseLine("""{"text": "#日本 rocks", "network": "bluesky"}"""))!;

        Assert.Equal(13, (int)result["utf8Bytes"]!);
        Assert.Equal("app.bsky.richtext.facet#tag", (string?)result["facets"]![0]!["type"]);
        Assert.Equal(7, (int)result["facets"]![0]!["byteEnd"]!);
    }

    [Theory]
    [InlineData("not json", "invalid JSON")]
    [InlineData("""{"text": 3}""", "expected an object")]
    [InlineData("""{"text": "hi", "network": "myspace"}""", "unknown network")]
    public void Bad_lines_answer_with_an_error(string line, string message)
    {
        var result = JsonNode.Parse(PostCountJson.ParseLine(line))!;

        Assert.Contains(message, (string?)result["error"], StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_serialise_with_their_payloads()
    {
        var drafts = PostComposer.Compose(new ComposeRequest { Comment = "Hello", Url = "https://example.com", Networks = [NetworkRules.X(), NetworkRules.Facebook()] });

        var json = DraftJson.ToJson(drafts);

        Assert.Equal("Hello\n\nhttps://example.com", (string?)json[0]!["posts"]![0]!["payload"]!["text"]);
        Assert.Equal("https://example.com", (string?)json[1]!["posts"]![0]!["payload"]!["link"]);
    }
}
