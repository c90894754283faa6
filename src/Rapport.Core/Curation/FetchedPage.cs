namespace Rapport.Core.Curation;

/// <summary>A page as the web served it, decoded to text. Its content is untrusted data.</summary>
public sealed record FetchedPage
{
    /// <summary>The URL the caller asked for.</summary>
    public required Uri RequestedUrl { get; init; }

    /// <summary>The URL that answered, after redirects; relative links in the page resolve against it.</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>The media type without parameters, lower case (for example <c>text/html</c>).</summary>
    public required string MediaType { get; init; }

    public required WebContentKinds Kind { get; init; }

    /// <summary>The decoded body.</summary>
    public required string Content { get; init; }

    /// <summary>Bytes received after content decoding (what the size cap counts).</summary>
    public required long ByteCount { get; init; }

    /// <summary>Every URL that redirected, in order, not including <see cref="FinalUrl"/>.</summary>
    public IReadOnlyList<Uri> Redirects { get; init; } = [];
}
