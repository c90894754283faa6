using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>Which files of the archive hold which data: from the manifest when there is one, else by name.</summary>
internal sealed partial class XArchiveLayout
{
    public const string ManifestName = "data/manifest.js";
    public const string GrailbirdUserDetailsName = "data/js/user_details.js";

    private static readonly DataType PostsType = new(["tweets", "tweet"], ["tweets", "tweet"]);
    private static readonly DataType NoteTweetsType = new(["noteTweet"], ["note-tweet"]);
    private static readonly DataType FollowersType = new(["follower"], ["follower"]);
    private static readonly DataType FollowingType = new(["following"], ["following"]);
    private static readonly DataType LikesType = new(["like"], ["like"]);
    private static readonly DataType DirectMessagesType = new(["directMessages"], ["direct-messages"]);
    private static readonly DataType GroupDirectMessagesType = new(["directMessagesGroup"], ["direct-messages-group"]);
    private static readonly DataType DirectMessageHeadersType = new(["directMessagesHeaders", "directMessageHeaders"], ["direct-message-headers"]);
    private static readonly DataType GroupDirectMessageHeadersType = new(["directMessagesGroupHeaders", "directMessageGroupHeaders"], ["direct-message-group-headers"]);
    private static readonly DataType ListsMemberType = new(["listsMember"], ["lists-member"]);
    private static readonly DataType AccountType = new(["account"], ["account"]);
    private static readonly DataType ProfileType = new(["profile"], ["profile"]);
    private static readonly DataType ScreenNameChangeType = new(["screenNameChange"], ["screen-name-change"]);
    private static readonly DataType AccountTimezoneType = new(["accountTimezone"], ["account-timezone"]);

    private XArchiveLayout()
    {
    }

    public bool HasManifest { get; private init; }

    /// <summary>The manifest's <c>archiveInfo.generationDate</c>: when this snapshot of the account was taken.</summary>
    public DateTimeOffset? GeneratedAt { get; private init; }

    public IReadOnlyList<string> Posts { get; private init; } = [];

    public IReadOnlyList<string> GrailbirdPosts { get; private init; } = [];

    public IReadOnlyList<string> NoteTweets { get; private init; } = [];

    public IReadOnlyList<string> Followers { get; private init; } = [];

    public IReadOnlyList<string> Following { get; private init; } = [];

    public IReadOnlyList<string> Likes { get; private init; } = [];

    public IReadOnlyList<string> DirectMessages { get; private init; } = [];

    public IReadOnlyList<string> GroupDirectMessages { get; private init; } = [];

    public IReadOnlyList<string> ListsMember { get; private init; } = [];

    public IReadOnlyList<string> Account { get; private init; } = [];

    public IReadOnlyList<string> Profile { get; private init; } = [];

    public IReadOnlyList<string> ScreenNameChanges { get; private init; } = [];

    public IReadOnlyList<string> AccountTimezone { get; private init; } = [];

    public string? GrailbirdUserDetails { get; private init; }

    /// <summary>Every file the archive reads, the manifest included, for size checks and progress totals.</summary>
    public IEnumerable<string> AllFiles =>
        new[] { Posts, GrailbirdPosts, NoteTweets, Followers, Following, Likes, DirectMessages, GroupDirectMessages, ListsMember, Account, Profile, ScreenNameChanges, AccountTimezone }
            .SelectMany(files => files)
            .Concat(GrailbirdUserDetails is null ? [] : [GrailbirdUserDetails])
            .Concat(HasManifest ? [ManifestName] : [])
            .Distinct(StringComparer.Ordinal);

    public static async Task<XArchiveLayout> ResolveAsync(IArchiveContainer container, ArchiveDataReadProgress progress, CancellationToken cancellationToken)
    {
        JsonElement? dataTypes = null;
        using var manifest = container.Contains(ManifestName)
            ? await SmallJsonFile.ReadAsync(container, ManifestName, progress, cancellationToken)
            : null;
        if (manifest is not null)
        {
            if (manifest.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArchiveFormatException(ManifestName, "expected \"window.__THAR_CONFIG = { ... }\", an object");
            }

            dataTypes = JsonFields.Object(manifest.RootElement, "dataTypes")
                ?? throw new ArchiveFormatException(ManifestName, "has no \"dataTypes\" object");
        }

        var layout = new XArchiveLayout
        {
            HasManifest = manifest is not null,
            GeneratedAt = manifest is null ? null : GenerationDate(manifest.RootElement),
            Posts = Files(container, dataTypes, PostsType),
            GrailbirdPosts = container.EntryNames.Where(name => GrailbirdMonthFile().IsMatch(name)).Order(StringComparer.Ordinal).ToList(),
            NoteTweets = Files(container, dataTypes, NoteTweetsType),
            Followers = Files(container, dataTypes, FollowersType),
            Following = Files(container, dataTypes, FollowingType),
            Likes = Files(container, dataTypes, LikesType),
            DirectMessages = FilesOr(container, dataTypes, DirectMessagesType, DirectMessageHeadersType),
            GroupDirectMessages = FilesOr(container, dataTypes, GroupDirectMessagesType, GroupDirectMessageHeadersType),
            ListsMember = Files(container, dataTypes, ListsMemberType),
            Account = Files(container, dataTypes, AccountType),
            Profile = Files(container, dataTypes, ProfileType),
            ScreenNameChanges = Files(container, dataTypes, ScreenNameChangeType),
            AccountTimezone = Files(container, dataTypes, AccountTimezoneType),
            GrailbirdUserDetails = container.Contains(GrailbirdUserDetailsName) ? GrailbirdUserDetailsName : null,
        };

        if (!layout.HasManifest && !layout.AllFiles.Any())
        {
            throw new ArchiveFormatException(container.Source, "is not an X archive: it has no data/manifest.js and no data files (data/tweets.js, data/account.js...)");
        }

        return layout;
    }

    /// <summary>
    /// Some archives hold DM headers only (the same shape without text): they still tell who wrote to whom and when.
    /// </summary>
    private static List<string> FilesOr(IArchiveContainer container, JsonElement? dataTypes, DataType type, DataType fallback)
    {
        var files = Files(container, dataTypes, type);
        return files.Count > 0 ? files : Files(container, dataTypes, fallback);
    }

    private static List<string> Files(IArchiveContainer container, JsonElement? dataTypes, DataType type)
    {
        if (dataTypes is { } types)
        {
            foreach (var key in type.ManifestKeys)
            {
                if (JsonFields.Object(types, key) is { } listed)
                {
                    return ListedFiles(container, key, listed);
                }
            }
        }

        return container.EntryNames
            .Select(name => (Name: name, Match: DataFile().Match(name)))
            .Where(file => file.Match.Success && type.FileBaseNames.Contains(file.Match.Groups["base"].Value, StringComparer.Ordinal))
            .OrderBy(file => file.Match.Groups["base"].Value, StringComparer.Ordinal)
            .ThenBy(file => file.Match.Groups["part"].Success ? int.Parse(file.Match.Groups["part"].Value, CultureInfo.InvariantCulture) : -1)
            .Select(file => file.Name)
            .ToList();
    }

    private static List<string> ListedFiles(IArchiveContainer container, string key, JsonElement listed)
    {
        var files = new List<string>();
        foreach (var file in JsonFields.Array(listed, "files"))
        {
            var fileName = JsonFields.Text(file, "fileName");
            if (string.IsNullOrEmpty(fileName))
            {
                throw new ArchiveFormatException(ManifestName, $"a file of \"{key}\" has no \"fileName\"");
            }

            var name = fileName.StartsWith("data/", StringComparison.Ordinal) ? fileName : "data/" + fileName;
            if (ArchiveEntryNames.EscapesRoot(name))
            {
                throw new ArchiveFormatException(ManifestName, $"names \"{fileName}\", outside the archive");
            }

            if (!container.Contains(name))
            {
                throw new ArchiveFormatException(ManifestName, $"lists \"{name}\" for \"{key}\", but the archive does not contain it");
            }

            if (!NeverReadFiles.Contains(name) && !files.Contains(name, StringComparer.Ordinal))
            {
                files.Add(name);
            }
        }

        return files;
    }

    [GeneratedRegex(@"^data/(?<base>[a-z-]+?)(?:-part(?<part>[0-9]{1,6}))?\.js$", RegexOptions.CultureInvariant)]
    private static partial Regex DataFile();

    [GeneratedRegex(@"^data/js/tweets/[0-9]{4}_[0-9]{2}\.js$", RegexOptions.CultureInvariant)]
    private static partial Regex GrailbirdMonthFile();

    private static DateTimeOffset? GenerationDate(JsonElement manifest) =>
        JsonFields.Object(manifest, "archiveInfo") is { } info
        && info.TryGetProperty("generationDate", out var date)
        && date.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : null;

    private sealed record DataType(string[] ManifestKeys, string[] FileBaseNames);
}
