namespace Rapport.Core.Lists;

public sealed record ContactListMemberEntry(long PersonId, string Name, DateTimeOffset AddedAt);
