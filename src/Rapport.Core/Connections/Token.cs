namespace Rapport.Core.Connections;

/// <summary>
/// One token of a text. <see cref="Key"/> is lower-cased with accents folded (hashtags and mentions without
/// their sign); <see cref="Stem"/> is what lexicon terms are matched on. Start and length point into the
/// original text so evidence can quote it exactly.
/// </summary>
public readonly record struct Token(TokenKind Kind, string Key, string Stem, int Start, int Length);
