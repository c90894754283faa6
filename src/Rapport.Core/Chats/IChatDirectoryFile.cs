namespace Rapport.Core.Chats;

/// <summary>The chat directory as a CSV file, to share and to edit in a spreadsheet.</summary>
public interface IChatDirectoryFile
{
    /// <summary>
    /// Reads a directory; a row may give a schedule phrase ("Tuesdays 8pm ET") instead of an RRULE, pinned to its
    /// first session on or after <paramref name="anchor"/>. Throws <c>ArchiveFormatException</c> naming the row.
    /// </summary>
    Task<IReadOnlyList<ChatDefinition>> ReadAsync(string path, DateOnly anchor, CancellationToken cancellationToken);

    Task WriteAsync(string path, IReadOnlyList<ChatDefinition> chats, CancellationToken cancellationToken);
}
