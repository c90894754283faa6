using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Chats;

public sealed record UpcomingChat(ChatDefinition Chat, ChatOccurrence Occurrence);
