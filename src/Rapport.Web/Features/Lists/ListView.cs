using Rapport.Core.Lists;

namespace Rapport.Web.Features.Lists;

/// <summary>A list, its members, and the cadence tiers one can give it.</summary>
public sealed record ListView(ContactListSummary List, IReadOnlyList<ContactListMemberEntry> Members, IReadOnlyList<string> Tiers);
