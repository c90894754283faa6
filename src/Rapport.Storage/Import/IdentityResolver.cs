using Rapport.Core.Import;
using Rapport.Core.Profiles;

namespace Rapport.Storage.Import;

/// <summary>
/// Finds or creates the identity a record refers to, by network id first and by handle where a source
/// gives only a handle. An identity first met by handle is promoted to its id once a source names both,
/// so the same account never becomes two people. Every new identity gets a person of its own.
/// </summary>
internal sealed class IdentityResolver(BulkWriter writer, string network, DateTime observedAt, DateTime now)
{
    /// <summary>When the records now being applied were true: new identities and profile changes are stamped with it.</summary>
    public DateTime ObservedAt { get; set; } = observedAt;

    private readonly Dictionary<string, IdentityState> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IdentityState> _byHandle = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var command = writer.CreateCommand(
            """
            SELECT id, person_id, external_key, external_id, handle, display_name, bio, location, website, avatar_url,
                   time_zone, is_ego, first_seen, last_seen, content_hash
            FROM identities WHERE network = @network
            """,
            ("network", network));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            Index(new IdentityState
            {
                Id = reader.GetInt64(0),
                PersonId = reader.GetInt64(1),
                ExternalKey = reader.GetString(2),
                ExternalId = Text(3),
                Handle = Text(4),
                DisplayName = Text(5),
                Bio = Text(6),
                Location = Text(7),
                Website = Text(8),
                AvatarUrl = Text(9),
                TimeZone = Text(10),
                IsEgo = reader.GetBoolean(11),
                FirstSeen = DateTime.SpecifyKind(reader.GetDateTime(12), DateTimeKind.Utc),
                LastSeen = DateTime.SpecifyKind(reader.GetDateTime(13), DateTimeKind.Utc),
                ContentHash = reader.GetInt64(14),
            });
        }
    }

    public async ValueTask<IdentityState> ResolveAsync(AccountRef account, CancellationToken cancellationToken)
    {
        var id = string.IsNullOrWhiteSpace(account.ExternalId) ? null : account.ExternalId;
        var handleKey = IdentityState.HandleKeyOf(account.Handle);
        if (id is null && handleKey is null)
        {
            throw new ArgumentException("An account reference needs an id or a handle.", nameof(account));
        }

        IdentityState? state = null;
        var changed = false;
        if (id is not null)
        {
            _byKey.TryGetValue(id, out state);
        }

        if (state is null && handleKey is not null)
        {
            if (_byKey.TryGetValue("@" + handleKey, out var provisional) && id is not null)
            {
                _byKey.Remove(provisional.ExternalKey);
                provisional.ExternalKey = id;
                provisional.ExternalId = id;
                _byKey[id] = provisional;
                state = provisional;
                changed = true;
            }
            else if (id is null)
            {
                _byHandle.TryGetValue(handleKey, out state);
            }
        }

        if (state is null)
        {
            return await CreateAsync(id ?? "@" + handleKey, id, account, cancellationToken);
        }

        changed |= state.FillFrom(account);
        if (changed)
        {
            Index(state);
            await writer.UpdateAsync(LedgerTables.Identities, state.ToRow(network), cancellationToken);
            state.Record(Outcome.Updated);
        }
        else
        {
            state.Record(Outcome.Unchanged);
        }

        return state;
    }

    public async ValueTask ApplyProfileAsync(ProfileRecord profile, CancellationToken cancellationToken)
    {
        var identity = await ResolveAsync(new AccountRef(profile.ExternalId, profile.Handle, profile.DisplayName), cancellationToken);
        var changes = new List<(ProfileField Field, string? Before, string? After)>();
        if (identity.ApplyProfile(profile, changes))
        {
            Index(identity);
            await writer.UpdateAsync(LedgerTables.Identities, identity.ToRow(network), cancellationToken);
            identity.Record(Outcome.Updated);
        }

        await RecordChangesAsync(identity, changes, cancellationToken);
    }

    public async ValueTask<IdentityState> SetEgoAsync(EgoProfile profile, CancellationToken cancellationToken)
    {
        var ego = await ResolveAsync(new AccountRef(profile.ExternalId, profile.Handle, profile.DisplayName), cancellationToken);
        var wasEgo = ego.IsEgo;
        var changes = new List<(ProfileField Field, string? Before, string? After)>();
        if (ego.ApplyProfile(profile, changes))
        {
            Index(ego);
            await writer.UpdateAsync(LedgerTables.Identities, ego.ToRow(network), cancellationToken);
            ego.Record(Outcome.Updated);
        }

        await RecordChangesAsync(ego, changes, cancellationToken);

        if (!wasEgo)
        {
            // Someone met before as a contact turns out to be the archive's owner (a second account, say).
            await writer.FlushAsync(cancellationToken);
            await using var command = writer.CreateCommand(
                "UPDATE people SET is_ego = @ego, display_name = @name WHERE id = @id",
                ("ego", true),
                ("name", ego.DisplayName ?? ego.Handle),
                ("id", ego.PersonId));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return ego;
    }

    /// <summary>Keeps what a profile said before, so a bio's history survives the identity row being rewritten.</summary>
    private async ValueTask RecordChangesAsync(
        IdentityState identity,
        List<(ProfileField Field, string? Before, string? After)> changes,
        CancellationToken cancellationToken)
    {
        foreach (var (field, before, after) in changes)
        {
            var id = await writer.NextIdAsync(LedgerTables.ProfileChanges, cancellationToken);
            await writer.InsertAsync(
                LedgerTables.ProfileChanges, [id, identity.Id, field.ToString(), before, after, ObservedAt], cancellationToken);
        }
    }

    public ImportKindCounts Count(string kind)
    {
        int created = 0, updated = 0, unchanged = 0;
        foreach (var state in _byKey.Values)
        {
            switch (state.Outcome)
            {
                case Outcome.New: created++; break;
                case Outcome.Updated: updated++; break;
                case Outcome.Unchanged: unchanged++; break;
            }
        }

        return new ImportKindCounts(kind, created, updated, unchanged);
    }

    private async ValueTask<IdentityState> CreateAsync(
        string key, string? externalId, AccountRef account, CancellationToken cancellationToken)
    {
        var personId = await writer.NextIdAsync(LedgerTables.People, cancellationToken);
        var displayName = string.IsNullOrWhiteSpace(account.DisplayName) ? null : account.DisplayName;
        await writer.InsertAsync(LedgerTables.People, [personId, displayName, false, now], cancellationToken);

        var state = new IdentityState
        {
            Id = await writer.NextIdAsync(LedgerTables.Identities, cancellationToken),
            PersonId = personId,
            ExternalKey = key,
            ExternalId = externalId,
            FirstSeen = ObservedAt,
            LastSeen = ObservedAt,
        };
        state.FillFrom(account);
        Index(state);
        await writer.InsertAsync(LedgerTables.Identities, state.ToRow(network), cancellationToken);
        state.Record(Outcome.New);
        return state;
    }

    private void Index(IdentityState state)
    {
        _byKey[state.ExternalKey] = state;
        if (state.HandleKey is { } handleKey)
        {
            _byHandle[handleKey] = state;
        }
    }
}
