namespace Rapport.Core.Tags;

public sealed record TagUse(string Name, int People);
