using Rapport.Core.Import;
using Rapport.Importers.Chats;

namespace Rapport.Importers.Tests.Chats;

public sealed class ChatFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-chatfiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Transcript_csv_headers_are_matched_loosely_and_posts_without_ids_get_stable_ones()
    {
        var path = Write("t.csv", "Screen Name,Created At,Full Text,In Reply To\n@Ana,2026-03-10T20:02:00-04:00,\"A1 yes, really\n#chat\",\nbob,2026-03-10 20:03:00,A1 no #chat,x1\n");

        var first = await new TranscriptFileReader().ReadAsync(path, CancellationToken.None);
        var again = await new TranscriptFileReader().ReadAsync(path, CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Equal("Ana", first[0].Author);
        Assert.Equal("A1 yes, really\n#chat", first[0].Text);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 0, 2, 0, TimeSpan.Zero), first[0].PostedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 20, 3, 0, TimeSpan.Zero), first[1].PostedAt);
        Assert.Equal("x1", first[1].ReplyToId);
        Assert.Equal(first.Select(p => p.Id), again.Select(p => p.Id));
        Assert.NotEqual(first[0].Id, first[1].Id);
    }

    [Fact]
    public async Task Transcript_json_lines_name_the_bad_line()
    {
        var path = Write("t.jsonl", "{\"author\":\"ana\",\"time\":\"2026-03-10T20:02:00Z\",\"text\":\"hi\",\"id\":123}\n\n{\"author\":\"bob\",\"text\":\"no time\"}\n");

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => new TranscriptFileReader().ReadAsync(path, CancellationToken.None));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("time is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_row_may_give_a_schedule_phrase_instead_of_an_rrule()
    {
        var path = Write("d.csv", "name,hashtags,hosts,schedule,duration_minutes,attending\nBlog Chat,#blogchat #blogging,@mack @dana,2nd Monday 8pm ET,45,yes\n");

        var chat = Assert.Single(await new ChatDirectoryCsv().ReadAsync(path, new DateOnly(2026, 1, 1), CancellationToken.None));

        Assert.Equal(["blogchat", "blogging"], chat.Hashtags);
        Assert.Equal(["mack", "dana"], chat.Hosts);
        Assert.Equal("FREQ=MONTHLY;BYDAY=2MO", chat.RecurrenceRule);
        Assert.Equal("America/New_York", chat.TimeZoneId);
        Assert.Equal(new DateOnly(2026, 1, 12), chat.FirstDate);
        Assert.Equal(new TimeOnly(20, 0), chat.StartTime);
        Assert.Equal(TimeSpan.FromMinutes(45), chat.Duration);
        Assert.True(chat.Attending);
    }

    [Fact]
    public async Task A_directory_row_without_a_schedule_is_refused_by_row()
    {
        var path = Write("d.csv", "name,hashtags\nGood,#a\n");
        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => new ChatDirectoryCsv().ReadAsync(path, new DateOnly(2026, 1, 1), CancellationToken.None));
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
