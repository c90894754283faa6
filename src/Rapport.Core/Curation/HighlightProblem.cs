namespace Rapport.Core.Curation;

public enum HighlightProblem
{
    EmptyPassage,
    NotFound,
    Ambiguous,
}
