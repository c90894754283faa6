using Rapport.Core.Chats;

namespace Rapport.Core.Import;

public sealed record DemoDataSet(string ArchivePath, IReadOnlyList<ProfileRecord> Profiles)
{
    /// <summary>The chats the sample account takes part in, for the chat directory.</summary>
    public IReadOnlyList<ChatDefinition> Chats { get; init; } = [];

    /// <summary>What the other participants posted in those chats, by chat name.</summary>
    public IReadOnlyList<DemoChatTranscript> Transcripts { get; init; } = [];
}
