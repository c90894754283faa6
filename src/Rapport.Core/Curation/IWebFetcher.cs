namespace Rapport.Core.Curation;

/// <summary>
/// Fetches a public web page on the user's behalf. Implementations must never reach a private, loopback or
/// metadata address, whatever the URL or its redirects say, and fail with <see cref="WebFetchException"/>.
/// </summary>
public interface IWebFetcher
{
    Task<FetchedPage> FetchAsync(Uri url, WebContentKinds accept, CancellationToken cancellationToken);
}
