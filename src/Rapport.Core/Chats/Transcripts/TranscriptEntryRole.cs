namespace Rapport.Core.Chats.Transcripts;

public enum TranscriptEntryRole
{
    /// <summary>Labelled with the question's A-number.</summary>
    Answer,

    /// <summary>Unlabelled, placed by replying to the question or to a post already placed under it.</summary>
    Reply,

    /// <summary>The question posted again (a repeat by a host or a copy by someone else).</summary>
    QuestionRepeat,
}
