namespace Rapport.Core.Import;

/// <summary>A list someone else put the ego on (X's lists-member.js): a URL naming the curator and the list.</summary>
public sealed record ListMembershipRecord(string ListUrl);
