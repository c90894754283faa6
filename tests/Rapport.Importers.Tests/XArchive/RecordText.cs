using Rapport.Core.Import;

namespace Rapport.Importers.Tests.XArchive;

/// <summary>Records hold lists, which compare by reference: these render every field for value comparison.</summary>
internal static class RecordText
{
    public static string Of(PostRecord post) => string.Join(
        " | ",
        post.ExternalId,
        post.AuthorExternalId,
        post.CreatedAt.ToUnixTimeSeconds(),
        post.Text,
        post.Kind,
        post.InReplyToPostId,
        post.InReplyToUserId,
        post.InReplyToHandle,
        post.QuotedPostId,
        post.QuotedHandle,
        post.RepostOf,
        string.Join(",", post.Mentions),
        string.Join(",", post.Hashtags),
        string.Join(",", post.Cashtags),
        string.Join(",", post.Urls));

    public static string Of(DirectMessageRecord message, bool withText) => string.Join(
        " | ",
        message.ExternalId,
        message.ConversationId,
        message.SenderId,
        string.Join(",", message.RecipientIds.Order(StringComparer.Ordinal)),
        message.SentAt.ToUnixTimeMilliseconds(),
        message.IsGroup,
        withText ? message.Text : null);
}
