namespace Rapport.Text.Extraction;

/// <summary>One match of twitter-text's URL expression, with its capture groups as offsets into the text.</summary>
internal readonly record struct UrlMatch(int Start, int UrlStart, int ProtocolLength, int DomainStart, int DomainEnd, int PathStart, int PathLength, int End);
