namespace Rapport.Importers.XArchive.Demo;

/// <summary>A real-world interest with the words people use for it in display names, bios and posts.</summary>
internal sealed record DemoInterest(
    string Name,
    string Hashtag,
    string NameTag,
    string[] BioPhrases,
    string[] Thoughts,
    string[] LinkPaths);
