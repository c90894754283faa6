using System.Text.Json;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Maps one conversation of direct-messages.js or direct-messages-group.js to its messages. A conversation is
/// one array element, so it is the unit held in memory; group recipients need the whole of it.
/// </summary>
internal static class XDirectMessageParser
{
    public static void ParseConversation(JsonElement element, bool isGroup, bool includeText, List<DirectMessageRecord> into)
    {
        var conversation = JsonFields.RequiredObject(element, "dmConversation");
        var conversationId = JsonFields.RequiredText(conversation, "conversationId");
        var participants = isGroup ? GroupParticipants(conversation) : null;
        foreach (var message in JsonFields.Array(conversation, "messages"))
        {
            if (JsonFields.Object(message, "messageCreate") is not { } create)
            {
                continue;
            }

            var id = JsonFields.Id(create, "id", "id") ?? throw new InvalidRecordException($"conversation {conversationId} has a message without \"id\"");
            var senderId = JsonFields.Text(create, "senderId") ?? throw new InvalidRecordException($"message {id} has no \"senderId\"");
            IReadOnlyList<string> recipients;
            if (participants is not null)
            {
                recipients = participants.Where(participant => !string.Equals(participant, senderId, StringComparison.Ordinal)).ToList();
            }
            else
            {
                var recipientId = JsonFields.Text(create, "recipientId") ?? OtherOfPair(conversationId, senderId)
                    ?? throw new InvalidRecordException($"message {id} has no \"recipientId\"");
                recipients = [recipientId];
            }

            into.Add(new DirectMessageRecord
            {
                ExternalId = id,
                ConversationId = conversationId,
                SenderId = senderId,
                RecipientIds = recipients,
                SentAt = XDates.ParseIso(JsonFields.Text(create, "createdAt"), "createdAt"),
                IsGroup = isGroup,
                Text = includeText ? MessageText(create) : null,
            });
        }
    }

    /// <summary>Everyone seen in a group: senders, and whoever joined or was added.</summary>
    private static List<string> GroupParticipants(JsonElement conversation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        void Add(string? id)
        {
            if (!string.IsNullOrEmpty(id) && seen.Add(id))
            {
                ordered.Add(id);
            }
        }

        foreach (var message in JsonFields.Array(conversation, "messages"))
        {
            if (JsonFields.Object(message, "messageCreate") is { } create)
            {
                Add(JsonFields.Text(create, "senderId"));
            }

            foreach (var eventName in (ReadOnlySpan<string>)["participantsJoin", "joinConversation"])
            {
                if (JsonFields.Object(message, eventName) is not { } joined)
                {
                    continue;
                }

                Add(JsonFields.Text(joined, "initiatingUserId"));
                foreach (var arrayName in (ReadOnlySpan<string>)["userIds", "participantsSnapshot"])
                {
                    foreach (var user in JsonFields.Array(joined, arrayName))
                    {
                        Add(user.ValueKind is JsonValueKind.String ? user.GetString() : user.ValueKind is JsonValueKind.Number ? user.GetRawText() : null);
                    }
                }
            }
        }

        return ordered;
    }

    /// <summary>1:1 conversation ids are the two account ids: "a-b" (and "a:b" since 2026).</summary>
    private static string? OtherOfPair(string conversationId, string senderId)
    {
        var parts = conversationId.Split('-', ':');
        return parts.Length == 2 ? parts.FirstOrDefault(part => !string.Equals(part, senderId, StringComparison.Ordinal)) : null;
    }

    private static string? MessageText(JsonElement create)
    {
        if (JsonFields.Text(create, "text") is not { } text)
        {
            return null;
        }

        var links = new List<(string Short, string Expanded)>();
        foreach (var url in JsonFields.Array(create, "urls"))
        {
            if (JsonFields.Text(url, "url") is { Length: > 0 } shortUrl && JsonFields.Text(url, "expanded") is { Length: > 0 } expanded)
            {
                links.Add((shortUrl, expanded));
            }
        }

        return PostText.ExpandLinks(PostText.Decode(text), links);
    }
}
