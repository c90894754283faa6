namespace Rapport.Core.Import;

/// <summary>The names an import summary uses, one per kind of record.</summary>
public static class ImportKinds
{
    public const string People = "people";
    public const string Posts = "posts";
    public const string Follows = "follows";
    public const string Likes = "likes";
    public const string DirectMessages = "direct messages";
    public const string Lists = "lists";
    public const string Touches = "touches";

    public static IReadOnlyList<string> All { get; } = [People, Posts, Follows, Likes, DirectMessages, Lists, Touches];
}
