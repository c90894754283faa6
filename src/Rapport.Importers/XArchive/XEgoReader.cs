using System.Text.Json;
using Rapport.Core.Import;
using TimeZoneConverter;

namespace Rapport.Importers.XArchive;

/// <summary>
/// The archive owner, from account.js, profile.js, screen-name-change.js and account-timezone.js, or from
/// Grailbird's user_details.js. account.js also holds the email address: it is never copied out.
/// </summary>
internal sealed class XEgoReader(IArchiveContainer container, XArchiveLayout layout, ArchiveDataReadProgress progress)
{
    public async Task<EgoProfile> ReadAsync(CancellationToken cancellationToken)
    {
        if (layout.Account.Count == 0)
        {
            if (layout.GrailbirdUserDetails is { } userDetails)
            {
                return await ReadGrailbirdAsync(userDetails, cancellationToken);
            }

            throw new ArchiveFormatException("data/account.js", "missing: without it the archive's owner is unknown");
        }

        EgoProfile? ego = null;
        await ForEachAsync(layout.Account, element =>
        {
            var account = JsonFields.RequiredObject(element, "account");
            ego ??= new EgoProfile
            {
                ExternalId = JsonFields.RequiredText(account, "accountId"),
                Handle = JsonFields.RequiredText(account, "username"),
                DisplayName = JsonFields.Text(account, "accountDisplayName"),
                CreatedAt = XDates.TryParseIso(JsonFields.Text(account, "createdAt")),
            };
        }, cancellationToken);
        if (ego is null)
        {
            throw new ArchiveFormatException(layout.Account[0], "holds no account: the archive's owner is unknown");
        }

        await ForEachAsync(layout.Profile, element =>
        {
            var profile = JsonFields.RequiredObject(element, "profile");
            var description = JsonFields.Object(profile, "description");
            ego = ego with
            {
                Bio = NullIfEmpty(description is { } d ? JsonFields.Text(d, "bio") : null),
                Website = NullIfEmpty(description is { } w ? JsonFields.Text(w, "website") : null),
                Location = NullIfEmpty(description is { } l ? JsonFields.Text(l, "location") : null),
                AvatarUrl = NullIfEmpty(JsonFields.Text(profile, "avatarMediaUrl")),
            };
        }, cancellationToken);

        var changes = new List<ScreenNameChange>();
        await ForEachAsync(layout.ScreenNameChanges, element =>
        {
            var outer = JsonFields.RequiredObject(element, "screenNameChange");
            var change = JsonFields.RequiredObject(outer, "screenNameChange");
            changes.Add(new ScreenNameChange(
                XDates.ParseIso(JsonFields.Text(change, "changedAt"), "changedAt"),
                JsonFields.RequiredText(change, "changedFrom"),
                JsonFields.RequiredText(change, "changedTo")));
        }, cancellationToken);

        string? timeZone = null;
        await ForEachAsync(layout.AccountTimezone, element =>
        {
            var zone = JsonFields.RequiredObject(element, "accountTimezone");
            timeZone ??= ToIana(JsonFields.Text(zone, "timeZone"));
        }, cancellationToken);

        return ego with
        {
            Bio = ego.Bio is null ? null : PostText.Decode(ego.Bio),
            Location = ego.Location is null ? null : PostText.Decode(ego.Location),
            TimeZone = timeZone,
            ScreenNameChanges = changes.OrderBy(change => change.ChangedAt).ToList(),
        };
    }

    /// <summary>X stores Rails zone names ("Stockholm"); some accounts already hold an IANA id.</summary>
    private static string? ToIana(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            return null;
        }

        if (TZConvert.TryRailsToIana(zone, out var iana))
        {
            return iana;
        }

        return TZConvert.TryGetTimeZoneInfo(zone, out _) ? zone : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private async Task<EgoProfile> ReadGrailbirdAsync(string name, CancellationToken cancellationToken)
    {
        using var document = await SmallJsonFile.ReadAsync(container, name, progress, cancellationToken);
        var details = document.RootElement;
        if (details.ValueKind != JsonValueKind.Object)
        {
            throw new ArchiveFormatException(name, "expected \"var user_details = { ... }\", an object");
        }

        try
        {
            return new EgoProfile
            {
                ExternalId = JsonFields.RequiredText(details, "id"),
                Handle = JsonFields.RequiredText(details, "screen_name"),
                DisplayName = NullIfEmpty(JsonFields.Text(details, "full_name")),
                Bio = NullIfEmpty(JsonFields.Text(details, "bio")) is { } bio ? PostText.Decode(bio) : null,
                Location = NullIfEmpty(JsonFields.Text(details, "location")),
                Website = NullIfEmpty(JsonFields.Text(details, "expanded_url")) ?? NullIfEmpty(JsonFields.Text(details, "url")),
                CreatedAt = TryParseAnyTime(JsonFields.Text(details, "created_at")),
            };
        }
        catch (InvalidRecordException ex)
        {
            throw new ArchiveFormatException(name, $"the user details {ex.Message}", null, ex);
        }
    }

    private static DateTimeOffset? TryParseAnyTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return XDates.ParsePostTime(text);
        }
        catch (InvalidRecordException)
        {
            return null;
        }
    }

    private async Task ForEachAsync(IReadOnlyList<string> files, Action<JsonElement> read, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await using var reader = new YtdArrayReader(container.Open(file, progress), file);
            while (await reader.ReadNextAsync(cancellationToken))
            {
                try
                {
                    read(reader.Current);
                }
                catch (InvalidRecordException ex)
                {
                    throw reader.WrongShape(ex.Message);
                }
                catch (InvalidOperationException ex)
                {
                    throw reader.WrongShape($"holds unreadable text ({ex.Message})");
                }
            }
        }
    }
}
