namespace Rapport.Core.Import;

/// <summary>
/// Input that is not a readable archive. The message names the file and, where there is one, the position,
/// so that the user can find the problem.
/// </summary>
public sealed class ArchiveFormatException : Exception
{
    public ArchiveFormatException()
    {
    }

    public ArchiveFormatException(string message)
        : base(message)
    {
    }

    public ArchiveFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArchiveFormatException(string file, string problem, long? position = null, Exception? innerException = null)
        : base(Describe(file, problem, position), innerException)
    {
        File = file;
        Position = position;
    }

    /// <summary>The file inside the archive (or the archive itself) that is at fault.</summary>
    public string? File { get; }

    /// <summary>A byte offset or line number inside <see cref="File"/>, when known.</summary>
    public long? Position { get; }

    private static string Describe(string file, string problem, long? position) =>
        position is { } at ? $"{file} (at {at}): {problem}" : $"{file}: {problem}";
}
