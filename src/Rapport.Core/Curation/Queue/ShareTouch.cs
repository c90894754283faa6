using Rapport.Core.Ledger;

namespace Rapport.Core.Curation.Queue;

/// <summary>
/// An outbound public touch with a credited contact. <see cref="SourceRef"/> names the draft, the network and
/// the person, so recording the same share twice logs it once.
/// </summary>
public sealed record ShareTouch(long PersonId, long? IdentityId, TouchChannel Channel, string SourceRef);
