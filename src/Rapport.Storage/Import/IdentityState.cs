using Rapport.Core.Import;
using Rapport.Core.Profiles;

namespace Rapport.Storage.Import;

/// <summary>An identity row held in memory during an import, written back whole when it changes.</summary>
internal sealed class IdentityState
{
    public long Id { get; init; }
    public long PersonId { get; init; }
    public required string ExternalKey { get; set; }
    public string? ExternalId { get; set; }
    public string? Handle { get; set; }
    public string? DisplayName { get; set; }
    public string? Bio { get; set; }
    public string? Location { get; set; }
    public string? Website { get; set; }
    public string? AvatarUrl { get; set; }
    public string? TimeZone { get; set; }
    public bool IsEgo { get; set; }
    public DateTime FirstSeen { get; set; }
    public DateTime LastSeen { get; set; }
    public long ContentHash { get; set; }
    public Outcome Outcome { get; private set; }

    public string? HandleKey => HandleKeyOf(Handle);

    public static string? HandleKeyOf(string? handle) =>
        string.IsNullOrWhiteSpace(handle) ? null : handle.Trim().TrimStart('@').ToLowerInvariant();

    public void Record(Outcome outcome)
    {
        if (outcome > Outcome)
        {
            Outcome = outcome;
        }
    }

    /// <summary>Fills what is missing from a reference. Never overwrites: an old post's mention is no profile.</summary>
    public bool FillFrom(AccountRef account)
    {
        var changed = false;
        if (Handle is null && !string.IsNullOrWhiteSpace(account.Handle))
        {
            Handle = account.Handle.Trim().TrimStart('@');
            changed = true;
        }

        if (DisplayName is null && !string.IsNullOrWhiteSpace(account.DisplayName))
        {
            DisplayName = account.DisplayName;
            changed = true;
        }

        return changed;
    }

    /// <summary>A profile is the account as it is now: it replaces what mentions and older profiles said.</summary>
    public bool ApplyProfile(ProfileRecord profile, List<(ProfileField Field, string? Before, string? After)> changes)
    {
        var before = (Handle, DisplayName, Bio, Location, Website, AvatarUrl);
        Handle = profile.Handle.Trim().TrimStart('@');
        DisplayName = profile.DisplayName ?? DisplayName;
        if (!profile.IsPartial)
        {
            Bio = profile.Bio;
            Location = profile.Location;
            Website = profile.Website;
        }

        AvatarUrl = profile.AvatarUrl ?? AvatarUrl;
        CollectChanges(before.Handle, before.DisplayName, before.Bio, before.Location, before.Website, changes);
        return before != (Handle, DisplayName, Bio, Location, Website, AvatarUrl);
    }

    public bool ApplyProfile(EgoProfile profile, List<(ProfileField Field, string? Before, string? After)> changes)
    {
        var before = (Handle, DisplayName, Bio, Location, Website, AvatarUrl, TimeZone, IsEgo);
        Handle = profile.Handle;
        DisplayName = profile.DisplayName ?? DisplayName;
        Bio = profile.Bio;
        Location = profile.Location;
        Website = profile.Website;
        AvatarUrl = profile.AvatarUrl;
        TimeZone = profile.TimeZone ?? TimeZone;
        IsEgo = true;
        CollectChanges(before.Handle, before.DisplayName, before.Bio, before.Location, before.Website, changes);
        return before != (Handle, DisplayName, Bio, Location, Website, AvatarUrl, TimeZone, IsEgo);
    }

    private void CollectChanges(
        string? handle,
        string? displayName,
        string? bio,
        string? location,
        string? website,
        List<(ProfileField Field, string? Before, string? After)> changes)
    {
        void Compare(ProfileField field, string? was, string? now)
        {
            if (!string.Equals(was ?? string.Empty, now ?? string.Empty, StringComparison.Ordinal))
            {
                changes.Add((field, was, now));
            }
        }

        Compare(ProfileField.Handle, handle, Handle);
        Compare(ProfileField.DisplayName, displayName, DisplayName);
        Compare(ProfileField.Bio, bio, Bio);
        Compare(ProfileField.Location, location, Location);
        Compare(ProfileField.Website, website, Website);
    }

    public object?[] ToRow(string network) =>
    [
        Id, PersonId, network, ExternalKey, ExternalId, Handle, HandleKey, DisplayName, Bio, Location, Website,
        AvatarUrl, TimeZone, IsEgo, FirstSeen, LastSeen, ContentHash,
    ];
}
