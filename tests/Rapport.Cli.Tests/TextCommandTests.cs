using System.Text.Json;
using Rapport.Cli.Infrastructure;

namespace Rapport.Cli.Tests;

public sealed class TextCommandTests
{
    [Fact]
    public async Task Count_gives_the_weighted_length_with_every_link_as_23()
    {
        var result = (await CliHarness.RunRawAsync("count", "Read this: https://example.com/" + new string('a', 80), "--json")).Json();

        Assert.Equal(11 + 23, result.GetProperty("length").GetInt32());
        Assert.True(result.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_post_over_the_limit_exits_with_bad_input()
    {
        var result = await CliHarness.RunRawAsync("count", new string('x', 141), "--network", "x140");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("141 of 140", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_network_is_a_usage_error_that_lists_the_known_ones()
    {
        var result = await CliHarness.RunRawAsync("count", "hi", "--network", "myspace");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("bluesky", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_gives_a_fitting_draft_per_network_that_keeps_link_credits_and_tags_whole()
    {
        var quote = string.Join(' ', Enumerable.Repeat("Patience is the whole secret of cold brew.", 12));

        var drafts = (await CliHarness.RunRawAsync(
            "compose", "--comment", "The clearest guide I know.", "--quote", quote, "--url", "https://example.com/cold-brew",
            "--credit", "@ana", "--tag", "coffee", "--to", "x,x140,mastodon,bluesky,threads,linkedin,facebook", "--json")).Json();

        Assert.Equal(7, drafts.GetArrayLength());
        foreach (var draft in drafts.EnumerateArray())
        {
            Assert.True(draft.GetProperty("fits").GetBoolean(), draft.ToString());
            var text = string.Concat(draft.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
            Assert.Contains("https://example.com/cold-brew", text, StringComparison.Ordinal);
            Assert.Contains("#coffee", text, StringComparison.Ordinal);
            Assert.Contains("ana", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Text_parse_reads_json_lines_and_answers_one_line_each()
    {
        using var input = new StringReader("{\"text\":\"hello @ana #tea\",\"network\":\"x\"}\nnot json\n{\"text\":\"日本語\",\"network\":\"bluesky\"}\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RapportCli.RunAsync(["text", "parse", "--jsonl"], new CliRuntime(output, error, interactive: false, input), CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(2, lines[0].GetProperty("entities").GetArrayLength());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(3, lines[2].GetProperty("length").GetInt32());
    }
}
