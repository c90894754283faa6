namespace Rapport.Core.Connections;

/// <summary>A two-word phrase from a bio or site that the taxonomy does not know ("sea kayaking"), kept for exact matches.</summary>
public sealed record PhraseSignal(string Key, Evidence Evidence);
