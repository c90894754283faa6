using System.Text;
using Rapport.Importers.XApi;

namespace Rapport.Importers.Tests.XApi;

public sealed class ResponseFileInspectorTests : IDisposable
{
    private const string Page = """{"data":[{"id":"1","username":"x1"}],"__twarc":{"retrieved_at":"2026-03-01T10:00:00+00:00"}}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-inspect-").FullName;

    [Fact]
    public async Task The_content_key_depends_on_the_content_and_what_the_name_means_not_on_the_path_or_time()
    {
        var reader = new XUserFileReader();
        var a = Write("a/users.json", Page, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var copy = Write("b/users.json", Page, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var renamed = Write("b/look-up.json", Page, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var followers = Write("c/users_100_followers.json", Page, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var edited = Write("d/users.json", Page.Replace("x1", "x2", StringComparison.Ordinal), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var key = (await reader.InspectAsync(a, CancellationToken.None)).ContentKey;

        Assert.Equal(key, (await reader.InspectAsync(copy, CancellationToken.None)).ContentKey);
        Assert.Equal(key, (await reader.InspectAsync(renamed, CancellationToken.None)).ContentKey);
        Assert.NotEqual(key, (await reader.InspectAsync(followers, CancellationToken.None)).ContentKey);
        Assert.NotEqual(key, (await reader.InspectAsync(edited, CancellationToken.None)).ContentKey);
    }

    [Fact]
    public async Task The_newest_retrieval_time_is_found_in_json_lines_across_chunk_boundaries_and_after_a_byte_order_mark()
    {
        var lines = new StringBuilder("\uFEFF");
        for (var day = 1; day <= 28; day++)
        {
            // Long pages, so that tokens straddle the inspector's reads.
            var padding = new string('x', 9_000);
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $$$"""{"data":[{"id":"{{{day}}}","username":"u{{{day}}}","description":"{{{padding}}}"}],"__twarc":{"retrieved_at":"2026-02-{{{day:00}}}T10:00:00+00:00"}}""").Append('\n');
        }

        var file = Write("pages.jsonl", lines.ToString(), new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));

        var facts = await new XUserFileReader().InspectAsync(file, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.Zero), facts.RetrievedAt);
    }

    [Fact]
    public async Task A_file_without_retrieval_times_or_not_even_json_has_none()
    {
        var reader = new XUserFileReader();
        var plain = Write("plain.json", """{"data":{"id":"1","username":"x1","created_at":"2020-01-01T00:00:00Z"}}""", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var broken = Write("broken.json", """{"data": [ {"retrieved_at": """, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Null((await reader.InspectAsync(plain, CancellationToken.None)).RetrievedAt);
        Assert.Null((await reader.InspectAsync(broken, CancellationToken.None)).RetrievedAt);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo Write(string name, string content, DateTime modified)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.SetLastWriteTimeUtc(path, modified);
        return new FileInfo(path);
    }
}
