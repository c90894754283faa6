namespace Rapport.Core.Chats.Transcripts;

public enum QaKind
{
    Question,
    Answer,
}
