namespace Rapport.Core.Import;

public sealed record ScreenNameChange(DateTimeOffset ChangedAt, string ChangedFrom, string ChangedTo);
