using System.Text;
using Rapport.Core.Import;
using Rapport.Importers.XArchive;

namespace Rapport.Importers.Tests.XArchive;

public sealed class YtdArrayReaderTests
{
    [Fact]
    public async Task Elements_split_across_any_read_boundary_and_larger_than_the_buffer_are_read_whole()
    {
        var large = new string('x', 700_000);
        var text = new StringBuilder("window.YTD.like.part3 = [\n");
        for (var i = 0; i < 60; i++)
        {
            var fullText = i == 30 ? large : "like \u00e9\u6f22\ud83d\ude00 " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(i == 0 ? string.Empty : ",\n").Append("  { \"like\" : { \"tweetId\" : \"").Append(i).Append("\", \"fullText\" : \"").Append(fullText).Append("\" } }");
        }

        text.Append("\n];\n");

        var texts = await ReadAllAsync(new TrickleStream(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(60, texts.Count);
        Assert.Equal(large, texts[30]);
        Assert.Equal("like \u00e9\u6f22\ud83d\ude00 59", texts[59]);
    }

    [Fact]
    public async Task Posts_read_in_one_pass_across_any_read_boundary_match_posts_read_whole()
    {
        var posts = new StringBuilder("window.YTD.tweets.part0 = [ ");
        for (var i = 0; i < 40; i++)
        {
            var text = i == 20 ? new string('y', 400_000) : "post \u00e9 &amp; " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            posts.Append(i == 0 ? string.Empty : ", ").Append(
                System.Globalization.CultureInfo.InvariantCulture,
                $$"""{ "tweet" : { "entities" : { "hashtags" : [ { "text" : "tag{{i}}", "indices" : [ "0", "4" ] } ], "symbols" : [ ], "user_mentions" : [ { "name" : "N", "screen_name" : "h{{i}}", "id_str" : "-1", "id" : -1 } ], "urls" : [ { "url" : "https://t.co/a", "expanded_url" : "https://x.com/h/status/{{i + 1}}" } ] }, "id" : 1627031510963441{{i + 100}}, "id_str" : "1627031510963441{{i + 100}}", "created_at" : "Sat Feb 18 19:45:15 +0000 2023", "full_text" : "{{text}} https://t.co/a", "in_reply_to_status_id" : {{(i % 3 == 0 ? "\"5\"" : "null")}} } }""");
        }

        var bytes = Encoding.UTF8.GetBytes(posts.Append(" ]").ToString());
        var whole = new List<string>();
        await using (var reader = new YtdArrayReader(new MemoryStream(bytes), "data/tweets.js"))
        {
            while (await reader.ReadNextAsync(CancellationToken.None))
            {
                whole.Add(RecordText.Of(XPostParser.Parse(reader.CurrentBytes.Span, "1")));
            }
        }

        var onePass = new List<string>();
        await using (var reader = new YtdArrayReader(new TrickleStream(bytes), "data/tweets.js"))
        {
            while (await reader.ReadNextAsync(XPostParser.ReadFields, CancellationToken.None) is (true, { } fields))
            {
                onePass.Add(RecordText.Of(XPostParser.Build(fields, "1")));
            }
        }

        Assert.Equal(40, whole.Count);
        Assert.Equal(whole, onePass);
        Assert.Contains("post é & 39 https://x.com/h/status/40", onePass[39], StringComparison.Ordinal);
        Assert.Contains("Reply", onePass[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("window.YTD.like.part0 = []")]
    [InlineData("window.YTD.like.part0 = [ ]")]
    [InlineData("window.YTD.like.part0 = [\n]\n")]
    [InlineData("[]")]
    public async Task Empty_files_have_no_elements(string content)
    {
        Assert.Empty(await ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(content))));
    }

    [Fact]
    public async Task A_scalar_where_an_object_belongs_is_refused_with_its_position()
    {
        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ReadAllAsync(new MemoryStream("window.YTD.like.part0 = [ { \"like\" : { } }, 42 ]"u8.ToArray())));

        Assert.Equal("data/like.js", error.File);
        Assert.Equal(44, error.Position);
        Assert.Contains("element 1", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string?>> ReadAllAsync(Stream stream)
    {
        var texts = new List<string?>();
        await using var reader = new YtdArrayReader(stream, "data/like.js");
        while (await reader.ReadNextAsync(CancellationToken.None))
        {
            texts.Add(reader.Current.GetProperty("like").TryGetProperty("fullText", out var fullText) ? fullText.GetString() : null);
        }

        return texts;
    }

    /// <summary>Hands out a few bytes per read, so that tokens and characters fall across every boundary.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        private int _reads;

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1 + (_reads++ % 7))]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
