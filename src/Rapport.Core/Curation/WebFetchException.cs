namespace Rapport.Core.Curation;

/// <summary>A fetch that did not produce a usable page. The message is written for the user.</summary>
public sealed class WebFetchException : Exception
{
    public WebFetchException()
    {
    }

    public WebFetchException(string message)
        : base(message)
    {
    }

    public WebFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WebFetchException(WebFetchFailure failure, Uri? url, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Url = url;
    }

    public WebFetchFailure Failure { get; }

    /// <summary>The URL being fetched when it failed (a redirect target, if the redirect was at fault).</summary>
    public Uri? Url { get; }
}
