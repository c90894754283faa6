namespace Rapport.Core.Curation;

/// <summary>A passage that cannot be pinned to one place in the article; the message says what to try.</summary>
public sealed class HighlightException : Exception
{
    public HighlightException()
    {
    }

    public HighlightException(string message)
        : base(message)
    {
    }

    public HighlightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HighlightException(HighlightProblem problem, string message, string? nearestMatch = null, int occurrences = 0)
        : base(message)
    {
        Problem = problem;
        NearestMatch = nearestMatch;
        Occurrences = occurrences;
    }

    public HighlightProblem Problem { get; }

    /// <summary>For <see cref="HighlightProblem.NotFound"/>: the article's text closest to the passage, if any is close.</summary>
    public string? NearestMatch { get; }

    /// <summary>For <see cref="HighlightProblem.Ambiguous"/>: how many times the passage occurs.</summary>
    public int Occurrences { get; }
}
