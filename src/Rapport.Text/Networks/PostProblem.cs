namespace Rapport.Text.Networks;

public enum PostProblem
{
    Empty,
    TooLong,
    TooManyBytes,
    InvalidCharacters,
    TooManyLinks,
    TooManyMentions,
    TooManyHashtags,
}
