namespace Rapport.Core.Curation;

/// <summary>Why a fetch failed; each has its own message so the user knows what to do next.</summary>
public enum WebFetchFailure
{
    InvalidUrl,
    UnsupportedScheme,
    UnreachableHost,
    RefusedAddress,
    TooManyRedirects,
    RedirectLoop,
    UnsupportedContentType,
    TooLarge,
    Timeout,
    HttpError,
}
