using System.Text.RegularExpressions;
using Rapport.Core.Import;
using Rapport.Core.Profiles;

namespace Rapport.Importers.XApi;

/// <summary>
/// Whose list a response is, read from the request it answered (<c>/2/users/ID/followers</c>,
/// <c>/1.1/friends/list.json?screen_name=NAME</c>) or from a file name that follows the same pattern.
/// </summary>
internal static partial class FollowListHint
{
    public static FollowListOwner? FromFileName(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        if (UsersPath().Match(stem) is { Success: true } users)
        {
            return new FollowListOwner(new AccountRef(users.Groups["id"].Value, null), KindOf(users.Groups["kind"].Value));
        }

        if (ListPath().Match(stem) is { Success: true } list)
        {
            return new FollowListOwner(Account(list.Groups["who"].Value), KindOf(list.Groups["kind"].Value));
        }

        return null;
    }

    public static FollowListOwner? FromRequest(string? request)
    {
        if (string.IsNullOrWhiteSpace(request))
        {
            return null;
        }

        var url = request.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? request;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (V2Path().Match(uri.AbsolutePath) is { Success: true } v2)
        {
            return new FollowListOwner(new AccountRef(v2.Groups["id"].Value, null), KindOf(v2.Groups["kind"].Value));
        }

        if (V1Path().Match(uri.AbsolutePath) is { Success: true } v1)
        {
            var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]), StringComparer.Ordinal);
            var account = query.TryGetValue("user_id", out var id) ? new AccountRef(id, null)
                : query.TryGetValue("screen_name", out var name) ? new AccountRef(null, name)
                : null;
            return account is null ? null : new FollowListOwner(account, KindOf(v1.Groups["kind"].Value));
        }

        return null;
    }

    private static AccountRef Account(string who) =>
        who.All(char.IsAsciiDigit) ? new AccountRef(who, null) : new AccountRef(null, who);

    private static FollowListKind KindOf(string word) =>
        word.Equals("followers", StringComparison.OrdinalIgnoreCase) ? FollowListKind.Followers : FollowListKind.Following;

    [GeneratedRegex(@"users_(?<id>[0-9]{1,20})_(?<kind>followers|following)(?:$|[_.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UsersPath();

    [GeneratedRegex(@"(?<kind>followers|friends|following)_(?:list|ids)_@?(?<who>[A-Za-z0-9_]{1,20})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListPath();

    [GeneratedRegex(@"^/2/users/(?<id>[0-9]{1,20})/(?<kind>followers|following)/?$", RegexOptions.CultureInvariant)]
    private static partial Regex V2Path();

    [GeneratedRegex(@"^/1\.1/(?<kind>followers|friends)/(?:list|ids)\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex V1Path();
}
