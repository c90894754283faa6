namespace Rapport.Core.Curation;

/// <summary>Reads a person's linked website (and the feeds it announces) through the safe fetcher.</summary>
public interface ISiteProfileReader
{
    /// <exception cref="WebFetchException">The site's page could not be fetched.</exception>
    Task<SiteProfile> ReadAsync(Uri url, CancellationToken cancellationToken);
}
