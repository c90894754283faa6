using Rapport.Core.Import;

namespace Rapport.Importers.Tests.XArchive;

public sealed class DirectMessageTests : IDisposable
{
    private const string OneToOne = """
        window.YTD.direct_messages.part0 = [
          {
            "dmConversation" : {
              "conversationId" : "11405401-18297364",
              "messages" : [
                { "messageCreate" : { "recipientId" : "11405401", "reactions" : [ ], "urls" : [ ], "text" : "See you there!", "mediaUrls" : [ ], "senderId" : "18297364", "id" : "1486705700000000002", "createdAt" : "2022-01-27T15:58:52.744Z" } },
                { "messageCreate" : { "recipientId" : "18297364", "reactions" : [ ], "urls" : [ { "url" : "https://t.co/m1", "expanded" : "https://meetup.example/run", "display" : "meetup.example/run" } ], "text" : "Run club &amp; coffee? https://t.co/m1", "mediaUrls" : [ ], "senderId" : "11405401", "id" : "1486705700000000001", "createdAt" : "2022-01-27T15:50:00.000Z" } }
              ]
            }
          }
        ]
        """;

    private const string Group = """
        window.YTD.direct_messages_group.part0 = [
          {
            "dmConversation" : {
              "conversationId" : "1486700000000000000",
              "messages" : [
                { "messageCreate" : { "reactions" : [ ], "urls" : [ ], "text" : "Welcome Chloe!", "mediaUrls" : [ ], "senderId" : "11405401", "id" : "1486705800000000003", "createdAt" : "2022-01-28T10:00:00.000Z" } },
                { "participantsJoin" : { "initiatingUserId" : "18297364", "userIds" : [ "3000000001" ], "createdAt" : "2022-01-28T09:59:00.000Z" } },
                { "messageCreate" : { "reactions" : [ ], "urls" : [ ], "text" : "Hi both", "mediaUrls" : [ ], "senderId" : "18297364", "id" : "1486705800000000002", "createdAt" : "2022-01-28T09:00:00.000Z" } },
                { "conversationNameUpdate" : { "initiatingUserId" : "18297364", "name" : "Run club", "createdAt" : "2022-01-28T08:59:00.000Z" } },
                { "joinConversation" : { "initiatingUserId" : "18297364", "participantsSnapshot" : [ "11405401", "2289846755" ], "createdAt" : "2022-01-28T08:58:00.000Z" } }
              ]
            }
          }
        ]
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task One_to_one_messages_have_sender_recipient_and_time()
    {
        var messages = await ReadAsync(new ArchiveReadOptions());
        var oneToOne = messages.Where(message => !message.IsGroup).OrderBy(message => message.SentAt).ToList();

        Assert.Equal(2, oneToOne.Count);
        Assert.Equal("11405401", oneToOne[0].SenderId);
        Assert.Equal(["18297364"], oneToOne[0].RecipientIds);
        Assert.Equal("18297364", oneToOne[1].SenderId);
        Assert.Equal(["11405401"], oneToOne[1].RecipientIds);
        Assert.Equal(new DateTimeOffset(2022, 1, 27, 15, 58, 52, 744, TimeSpan.Zero), oneToOne[1].SentAt);
        Assert.Equal("11405401-18297364", oneToOne[0].ConversationId);
    }

    [Fact]
    public async Task Group_recipients_are_everyone_else_seen_in_the_conversation()
    {
        var messages = await ReadAsync(new ArchiveReadOptions());
        var group = messages.Where(message => message.IsGroup).ToDictionary(message => message.ExternalId);

        Assert.Equal(2, group.Count);
        Assert.Equal(["11405401", "2289846755", "3000000001"], group["1486705800000000002"].RecipientIds.Order(StringComparer.Ordinal));
        Assert.Equal(["18297364", "2289846755", "3000000001"], group["1486705800000000003"].RecipientIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Text_is_left_out_unless_asked_for()
    {
        Assert.All(await ReadAsync(new ArchiveReadOptions()), message => Assert.Null(message.Text));

        var withText = await ReadAsync(new ArchiveReadOptions { IncludeDirectMessageText = true });

        Assert.Contains(withText, message => message.Text == "Run club & coffee? https://meetup.example/run");
        Assert.All(withText, message => Assert.NotNull(message.Text));
    }

    [Fact]
    public async Task Headers_stand_in_for_messages_when_an_archive_has_only_them()
    {
        var headers = OneToOne.Replace("direct_messages", "direct_message_headers", StringComparison.Ordinal)
            .Replace("\"text\" : \"See you there!\", ", string.Empty, StringComparison.Ordinal);
        var path = RawArchive.Write(_directory.File("headers"), new Dictionary<string, string> { ["data/direct-message-headers.js"] = headers });

        var messages = (await ArchiveReading.ReadAsync(path, new ArchiveReadOptions { IncludeDirectMessageText = true })).DirectMessages;

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, message => message.SenderId == "18297364" && message.Text is null);
    }

    private async Task<List<DirectMessageRecord>> ReadAsync(ArchiveReadOptions options)
    {
        var path = RawArchive.Write(_directory.File(Guid.NewGuid().ToString("N")), new Dictionary<string, string>
        {
            ["data/direct-messages.js"] = OneToOne,
            ["data/direct-messages-group.js"] = Group,
        });
        return (await ArchiveReading.ReadAsync(path, options)).DirectMessages;
    }
}
