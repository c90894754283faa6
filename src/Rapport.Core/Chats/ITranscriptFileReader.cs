using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Chats;

/// <summary>Reads a saved chat transcript: CSV or JSON Lines of posts (author, time, text, reply-to).</summary>
public interface ITranscriptFileReader
{
    /// <summary>Throws <c>ArchiveFormatException</c> naming the line when a post cannot be read.</summary>
    Task<IReadOnlyList<ChatPost>> ReadAsync(string path, CancellationToken cancellationToken);
}
