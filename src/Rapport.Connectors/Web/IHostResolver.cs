using System.Net;

namespace Rapport.Connectors.Web;

/// <summary>Turns a host name into addresses. Tests substitute their own map of names to addresses.</summary>
public interface IHostResolver
{
    /// <returns>Every address the name resolves to (the fetcher checks them all); empty when it does not resolve.</returns>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
