using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Web;

/// <summary>
/// Fetches public web pages without ever letting a URL, a redirect or a DNS answer steer a request to a
/// private, loopback or metadata address. Each hop's host is resolved here and every address checked; the
/// connection is then made to one of those checked addresses, never to a second DNS answer.
/// </summary>
public sealed partial class SafeWebFetcher : IWebFetcher, IDisposable
{
    private static readonly HttpRequestOptionsKey<IReadOnlyList<IPAddress>> CheckedAddressesKey = new("Rapport.CheckedAddresses");

    private readonly WebFetchOptions _options;
    private readonly IHostResolver _resolver;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SafeWebFetcher> _logger;
    private readonly HttpClient _client;

    public SafeWebFetcher(IOptions<WebFetchOptions> options, IHostResolver resolver, TimeProvider timeProvider, ILogger<SafeWebFetcher> logger)
    {
        _options = options.Value;
        _resolver = resolver;
        _timeProvider = timeProvider;
        _logger = logger;

        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand so that each target is checked before it is contacted.
            AllowAutoRedirect = false,

            // A proxy would make the connection on our behalf, to an address we never checked.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectToCheckedAddressAsync,
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchedPage> FetchAsync(Uri url, WebContentKinds accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (accept == WebContentKinds.None)
        {
            throw new ArgumentException("Say which kinds of content are acceptable.", nameof(accept));
        }

        EnsureFetchable(url);

        using var deadline = new CancellationTokenSource(_options.TotalTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var current = url;
        try
        {
            return await FollowAsync(url, accept, hop => current = hop, linked.Token);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WebFetchException(
                WebFetchFailure.Timeout,
                current,
                $"{current.Host} did not finish answering within {Seconds(_options.TotalTimeout)} s; try again later.",
                exception);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<FetchedPage> FollowAsync(Uri requested, WebContentKinds accept, Action<Uri> onHop, CancellationToken cancellationToken)
    {
        var current = requested;
        var chain = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { WithoutFragment(requested) };

        while (true)
        {
            onHop(current);
            var addresses = await ResolveCheckedAsync(current, cancellationToken);

            using var request = new HttpRequestMessage(HttpMethod.Get, current)
            {
                // HTTP/3 runs over QUIC, which bypasses ConnectCallback; HTTP/1.1 is all a page fetch needs.
                Version = HttpVersion.Version11,
                VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            };
            request.Options.Set(CheckedAddressesKey, addresses);
            request.Headers.TryAddWithoutValidation("User-Agent", RapportUserAgent.Value);
            request.Headers.TryAddWithoutValidation("Accept", WebMediaTypes.AcceptHeader(accept));

            using var response = await SendAsync(request, current, cancellationToken);

            if (IsRedirect(response.StatusCode))
            {
                var next = RedirectTarget(response, current);
                chain.Add(current);
                if (!seen.Add(WithoutFragment(next)))
                {
                    throw new WebFetchException(
                        WebFetchFailure.RedirectLoop,
                        next,
                        $"{requested} redirects in a loop: {string.Join(" → ", chain.Append(next))}.");
                }

                if (chain.Count > _options.MaxRedirects)
                {
                    throw new WebFetchException(
                        WebFetchFailure.TooManyRedirects,
                        next,
                        $"Gave up on {requested} after {_options.MaxRedirects} redirects (the most Rapport follows); the last one pointed to {next}.");
                }

                LogRedirect(_logger, current.Host, next.Host);
                current = next;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                throw new WebFetchException(
                    WebFetchFailure.HttpError,
                    current,
                    $"{current} answered HTTP {code.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}.".TrimEnd());
            }

            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType?.ToLowerInvariant();
            var kind = WebMediaTypes.Classify(mediaType);
            if ((kind & accept) == WebContentKinds.None)
            {
                throw new WebFetchException(
                    WebFetchFailure.UnsupportedContentType,
                    current,
                    $"{current} is {(mediaType is null ? "of no declared type" : $"'{mediaType}'")}, not {WebMediaTypes.Describe(accept)}; Rapport reads only those.");
            }

            var body = await ReadCappedAsync(response, current, cancellationToken);
            return new FetchedPage
            {
                RequestedUrl = requested,
                FinalUrl = current,
                MediaType = mediaType!,
                Kind = kind,
                Content = TextDecoding.Decode(body, contentType?.CharSet),
                ByteCount = body.Length,
                Redirects = chain,
            };
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception) when (FindInner<WebFetchException>(exception) is { } refused)
        {
            throw refused;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
            && FindInner<TimeoutException>(exception) is not null && !cancellationToken.IsCancellationRequested)
        {
            throw new WebFetchException(
                WebFetchFailure.Timeout,
                url,
                $"Could not connect to {url.Host} within {Seconds(_options.ConnectTimeout)} s; the site may be down.",
                exception);
        }
        catch (HttpRequestException exception)
        {
            var socketError = FindInner<SocketException>(exception)?.SocketErrorCode;
            var why = socketError switch
            {
                SocketError.ConnectionRefused => "the connection was refused",
                SocketError.HostUnreachable or SocketError.NetworkUnreachable => "there is no route to it",
                SocketError.ConnectionReset => "the connection was reset",
                _ => exception.Message,
            };
            throw new WebFetchException(WebFetchFailure.UnreachableHost, url, $"Could not reach {url.Host}: {why}.", exception);
        }
    }

    private async Task<IReadOnlyList<IPAddress>> ResolveCheckedAsync(Uri url, CancellationToken cancellationToken)
    {
        EnsureFetchable(url);

        IReadOnlyList<IPAddress> addresses;
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            addresses = IPAddress.TryParse(url.DnsSafeHost, out var literal)
                ? [literal]
                : throw new WebFetchException(WebFetchFailure.InvalidUrl, url, $"'{url.Host}' is not a usable IP address.");
        }
        else
        {
            try
            {
                addresses = await _resolver.ResolveAsync(url.IdnHost, cancellationToken);
            }
            catch (SocketException exception)
            {
                throw new WebFetchException(WebFetchFailure.UnreachableHost, url, $"Could not reach {url.Host}: the name could not be looked up ({exception.SocketErrorCode}).", exception);
            }

            if (addresses.Count == 0)
            {
                throw new WebFetchException(WebFetchFailure.UnreachableHost, url, $"Could not reach {url.Host}: no such host (the name does not resolve).");
            }
        }

        // Every answer is checked, not only the first: the connection may use any of them.
        foreach (var address in addresses)
        {
            EnsureAllowed(url, address);
        }

        return addresses;
    }

    private void EnsureAllowed(Uri url, IPAddress address)
    {
        if (AddressPolicy.Evaluate(address) is not { } refusal)
        {
            return;
        }

        if (refusal.IsLoopback && _options.LoopbackPortsAllowedForTesting.Contains(url.Port))
        {
            return;
        }

        LogRefused(_logger, url.Host, address);
        var resolved = url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ? "is" : $"resolves to {address}, which is";
        throw new WebFetchException(
            WebFetchFailure.RefusedAddress,
            url,
            $"Refused to fetch {url}: {url.Host} {resolved} {refusal.Reason}. Rapport fetches only public internet addresses.");
    }

    private async ValueTask<Stream> ConnectToCheckedAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (!context.InitialRequestMessage.Options.TryGetValue(CheckedAddressesKey, out var addresses) || addresses.Count == 0)
        {
            throw new InvalidOperationException("A connection was requested for an address that was not checked.");
        }

        var port = context.DnsEndPoint.Port;
        var target = context.InitialRequestMessage.RequestUri!;
        SocketException? lastFailure = null;
        foreach (var address in addresses)
        {
            EnsureAllowed(target, address);
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                lastFailure = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw lastFailure!;
    }

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var cap = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > cap)
        {
            throw TooLarge(url, cap);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Counted as it arrives: Content-Length can lie, be absent, or describe compressed bytes.
            if (buffer.Length + read > cap)
            {
                throw TooLarge(url, cap);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static WebFetchException TooLarge(Uri url, long cap) =>
        new(WebFetchFailure.TooLarge, url, $"{url} is larger than the {Megabytes(cap)} limit; Rapport stopped reading it.");

    private static void EnsureFetchable(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new WebFetchException(WebFetchFailure.InvalidUrl, url, $"'{url}' is not a complete web address (it needs http:// or https://).");
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new WebFetchException(WebFetchFailure.UnsupportedScheme, url, $"Only http and https addresses can be fetched, not '{url.Scheme}:' ({url}).");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new WebFetchException(WebFetchFailure.InvalidUrl, url, $"Addresses with a user name or password are not fetched ({url.Host}).");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Uri RedirectTarget(HttpResponseMessage response, Uri current)
    {
        var location = response.Headers.Location
            ?? throw new WebFetchException(WebFetchFailure.HttpError, current, $"{current} redirects without saying where to (no Location header).");
        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        EnsureFetchable(next);
        return next;
    }

    private static string WithoutFragment(Uri url) => url.GetLeftPart(UriPartial.Query);

    private static T? FindInner<T>(Exception exception)
        where T : Exception
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    // The refusal reaches the caller as a WebFetchException written for the user; a warning as well would say it twice.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused to fetch from {Host}: address {Address} is not public")]
    private static partial void LogRefused(ILogger logger, string host, IPAddress address);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Following a redirect from {FromHost} to {ToHost}")]
    private static partial void LogRedirect(ILogger logger, string fromHost, string toHost);
}
