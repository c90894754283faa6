using System.ComponentModel.DataAnnotations;

namespace Rapport.Connectors.Web;

/// <summary>Limits for fetching pages from the web (configuration section <c>Rapport:WebFetch</c>).</summary>
public sealed class WebFetchOptions
{
    public const string SectionName = "Rapport:WebFetch";

    /// <summary>Bytes read after content decoding; a larger page is refused while it streams in.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 5L * 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>For the whole fetch: every redirect, the headers and the body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Loopback ports (127.0.0.0/8 and ::1) that may be fetched, for tests that serve pages from a local
    /// server. Empty, as it must be outside tests: then every loopback address is refused. Only loopback is
    /// opened, and only on these ports; private, link-local and metadata addresses stay refused.
    /// </summary>
    public IList<int> LoopbackPortsAllowedForTesting { get; } = [];
}
