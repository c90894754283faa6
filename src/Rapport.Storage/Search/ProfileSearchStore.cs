using System.Globalization;
using Rapport.Core.Ledger;
using Rapport.Core.Search;

namespace Rapport.Storage.Search;

/// <summary>
/// Runs a search with the engine's full-text index (through <see cref="ISearchDialect"/>), then the
/// filters every engine writes alike, then fetches the newest matching post of each hit as evidence.
/// </summary>
internal sealed class ProfileSearchStore(IEngine engine, ISearchDialect dialect) : IProfileSearchStore
{
    /// <summary>The ego has at most one identity per network.</summary>
    private static readonly int MaxEgoIdentities = Enum.GetValues<SocialNetwork>().Length;

    public async Task<IReadOnlyList<ProfileSearchHit>> SearchAsync(ProfileSearchQuery query, CancellationToken cancellationToken)
    {
        var match = dialect.Render(query.Text);
        var parameters = new List<(string, object?)>
        {
            ("match", match),
            ("no", false),
            ("limit", query.Limit),
            ("window", ProfileSearchQuery.RankingWindow),
        };
        var conditions = new List<string> { "i.is_ego = @no" };
        if (query.ListId is { } listId)
        {
            conditions.Add("EXISTS (SELECT 1 FROM contact_list_members m WHERE m.person_id = i.person_id AND m.list_id = @list)");
            parameters.Add(("list", listId));
        }

        if (query.Follows != FollowFilter.Anyone)
        {
            conditions.Add(FollowCondition(FollowDirection.FollowsEgo));
            if (query.Follows == FollowFilter.FollowsBack)
            {
                conditions.Add(FollowCondition(FollowDirection.EgoFollows));
            }

            parameters.Add(("yes", true));
        }

        if (query.Location is { } location)
        {
            conditions.Add("lower(i.location) LIKE @location ESCAPE '\\'");
            parameters.Add(("location", "%" + EscapeLike(location.ToLowerInvariant()) + "%"));
        }

        if (query.Interest is { } interest)
        {
            conditions.Add(dialect.InterestCondition);
            parameters.Add(("interest", dialect.Render(interest)));
        }

        await using var context = engine.CreateContext();
        var windowed = !query.HasFilters;
        var rows = await HitsAsync(context, query, conditions, [.. parameters, ("top", query.Limit + MaxEgoIdentities)], windowed, cutBeforeJoin: windowed, cancellationToken);
        if (windowed && rows.Count < query.Limit)
        {
            // Fewer hits than asked: either few matches (cheap to read again) or more ego identities than expected.
            rows = await HitsAsync(context, query, conditions, parameters, windowed, cutBeforeJoin: false, cancellationToken);
        }

        var posts = query.IncludePosts && rows.Count > 0
            ? await NewestMatchingPostsAsync(context, match, rows.Select(r => r.IdentityId).ToList(), cancellationToken)
            : [];
        return [.. rows.Select(r => new ProfileSearchHit(
            r.PersonId, r.IdentityId, r.Handle, r.Name, r.Bio, r.Location, r.Score, r.ProfileMatched, posts.GetValueOrDefault(r.IdentityId)))];
    }

    /// <summary>
    /// Ranked hits joined to their identities. With <paramref name="cutBeforeJoin"/> (unfiltered searches, where
    /// only the ego's own identities can drop out after ranking) the best hits are cut to the limit plus those
    /// few before identities are read: 20-odd row reads instead of one per ranked match.
    /// </summary>
    private async Task<List<HitRow>> HitsAsync(
        RapportDbContext context,
        ProfileSearchQuery query,
        List<string> conditions,
        IEnumerable<(string, object?)> parameters,
        bool windowed,
        bool cutBeforeJoin,
        CancellationToken cancellationToken)
    {
        var source = cutBeforeJoin ? "(SELECT * FROM hits ORDER BY score DESC, identity_id LIMIT @top) h" : "hits h";
        var sql =
            $"""
            WITH {dialect.HitsSql(query.Text, query.IncludePosts, windowed)}
            SELECT i.id, i.person_id, i.handle, i.display_name, i.bio, i.location, h.score, h.profile_matched
            FROM {source} JOIN identities i ON i.id = h.identity_id
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY h.score DESC, i.id
            LIMIT @limit
            """;

        var rows = new List<HitRow>();
        await using var command = await SqlCommands.CreateAsync(context, sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            rows.Add(new HitRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                Text(2),
                Text(3),
                Text(4),
                Text(5),
                Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture) == 1));
        }

        return rows;
    }

    private async Task<Dictionary<long, MatchingPost>> NewestMatchingPostsAsync(
        RapportDbContext context, string match, List<long> authors, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, object?)> { ("match", match) };
        parameters.AddRange(authors.Select((id, n) => ("a" + n.ToString(CultureInfo.InvariantCulture), (object?)id)));
        var newest = new Dictionary<long, MatchingPost>();
        await using var command = await SqlCommands.CreateAsync(context, dialect.MatchingPostsSql(authors.Count), parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var author = reader.GetInt64(0);
            if (newest.ContainsKey(author))
            {
                continue;
            }

            var externalId = reader.GetString(1);
            var handle = reader.IsDBNull(4) ? null : reader.GetString(4);
            var createdAt = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc));
            newest[author] = new MatchingPost(
                externalId,
                reader.GetString(2),
                createdAt,
                handle is null ? null : $"https://x.com/{handle}/status/{externalId}");
        }

        return newest;
    }

    private static string FollowCondition(FollowDirection direction) =>
        $"""
        EXISTS (SELECT 1 FROM follows f JOIN identities e ON e.id = f.ego_identity_id
                WHERE e.is_ego = @yes AND f.identity_id = i.id AND f.direction = '{direction}')
        """;

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private sealed record HitRow(long IdentityId, long PersonId, string? Handle, string? Name, string? Bio, string? Location, double Score, bool ProfileMatched);
}
