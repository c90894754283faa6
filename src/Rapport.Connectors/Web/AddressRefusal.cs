using System.Net;

namespace Rapport.Connectors.Web;

/// <summary>An address Rapport will not connect to, and why, in words a user understands.</summary>
public sealed record AddressRefusal(IPAddress Address, string Reason, bool IsLoopback);
