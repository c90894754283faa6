namespace Rapport.Core.Connections;

/// <summary>A chat both the ego and the person take part in, with the person's posts in it as examples.</summary>
public sealed record SharedChatEvidence(string ChatName, string? Hashtag, int PostCount, IReadOnlyList<EvidenceText> Examples);
