namespace Rapport.Core.Connections;

/// <summary>The lexicon in force: the built-in one with the user's synonym file on top, when they keep one.</summary>
public interface IInterestLexiconSource
{
    InterestLexicon Lexicon { get; }
}
