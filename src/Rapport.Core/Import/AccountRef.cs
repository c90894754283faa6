namespace Rapport.Core.Import;

/// <summary>
/// A reference to an account on a network as a source names it: by id, by handle, or both.
/// Quote links name only a handle; follower files name only an id.
/// </summary>
public sealed record AccountRef(string? ExternalId, string? Handle, string? DisplayName = null)
{
    public static AccountRef FromId(string externalId) => new(externalId, null);

    public static AccountRef FromMention(MentionRecord mention) =>
        new(mention.ExternalId, mention.Handle, mention.DisplayName);

    public bool IsEmpty => string.IsNullOrEmpty(ExternalId) && string.IsNullOrEmpty(Handle);
}
