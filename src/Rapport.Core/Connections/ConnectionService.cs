using Rapport.Core.Curation;

namespace Rapport.Core.Connections;

/// <summary>
/// Connection points, openers and interests for the faces: loads evidence, applies the user's decisions,
/// and fetches a person's site only when asked.
/// </summary>
public sealed class ConnectionService(
    IConnectionEvidenceSource evidence,
    IConnectionDecisionStore decisions,
    ISiteSnapshotStore sites,
    ISiteProfileReader siteReader,
    IInterestLexiconSource lexiconSource,
    TimeProvider clock)
{
    private const int MaxFeedTitles = 30;

    private readonly ConnectionEngine _engine = new(new InterestExtractor(lexiconSource.Lexicon, Gazetteer.Default));

    /// <summary>The ego prepared last, with the version of the evidence it was prepared from.</summary>
    private PreparedEgo? _ego;

    public ConnectionEngine Engine => _engine;

    /// <summary>A person's connection points; with <paramref name="fetchSite"/> their website is read first and kept as evidence.</summary>
    public async Task<PersonConnections?> ForPersonAsync(long personId, bool fetchSite, CancellationToken cancellationToken)
    {
        var person = await evidence.LoadPersonAsync(personId, EvidenceOptions.Default, cancellationToken);
        if (person is null)
        {
            return null;
        }

        string? siteProblem = null;
        if (fetchSite)
        {
            (person, siteProblem) = await FetchSiteAsync(person, cancellationToken);
        }

        var ego = await EgoAsync(cancellationToken);
        var points = _engine.Find(ego, person, await decisions.ListAsync(personId, cancellationToken));
        return new PersonConnections(person, _engine.Extractor.Extract(person), points) { SiteProblem = siteProblem };
    }

    /// <summary>Ranks people against the ego, strongest first: what follower triage orders by.</summary>
    public async Task<IReadOnlyList<RankedConnection>> RankAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        var ego = await EgoAsync(cancellationToken);
        var people = await evidence.LoadPeopleAsync(personIds, EvidenceOptions.Ranking, cancellationToken);
        var decided = await decisions.ListAsync(personIds, cancellationToken);
        return _engine.Rank(ego, people, id => decided.TryGetValue(id, out var list) ? list : []);
    }

    /// <summary>Confirms or dismisses a point. Confirming keeps its evidence as a fact on the person.</summary>
    public async Task<ConnectionDecision> DecideAsync(long personId, string pointId, PointDecision decision, CancellationToken cancellationToken)
    {
        var person = await evidence.LoadPersonAsync(personId, EvidenceOptions.Default, cancellationToken)
            ?? throw new ConnectionPointNotFoundException($"No person with id {personId} is in the ledger.");
        var ego = await EgoAsync(cancellationToken);
        var points = _engine.Find(ego, person, await decisions.ListAsync(personId, cancellationToken));
        var point = points.FirstOrDefault(candidate => string.Equals(candidate.Id, pointId.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ConnectionPointNotFoundException(
                $"'{pointId}' is not one of the connection points of this person" + (points.Count == 0 ? "." : $": use one of {string.Join(", ", points.Select(p => p.Id))}."));
        var record = new ConnectionDecision(personId, point.Id, decision, clock.GetUtcNow())
        {
            Kind = point.Kind,
            Label = point.Label,
            Evidence = point.Evidence,
        };
        await decisions.SaveAsync(record, cancellationToken);
        return record;
    }

    /// <summary>The interest profile of a person, or of the ego when <paramref name="personId"/> is null.</summary>
    public async Task<InterestProfile?> InterestsAsync(long? personId, CancellationToken cancellationToken)
    {
        var person = personId is { } id
            ? await evidence.LoadPersonAsync(id, EvidenceOptions.Default, cancellationToken)
            : await evidence.LoadEgoAsync(EvidenceOptions.Default, cancellationToken);
        return person is null ? null : _engine.Extractor.Extract(person, fromEgo: personId is null);
    }

    /// <summary>Conversation starters drafted from the person's best points.</summary>
    public async Task<IReadOnlyList<Opener>?> OpenersAsync(long personId, int count, CancellationToken cancellationToken)
    {
        var connections = await ForPersonAsync(personId, fetchSite: false, cancellationToken);
        return connections is null
            ? null
            : new OpenerWriter(_engine.Extractor.Lexicon).Write(connections.Person, connections.Points, count);
    }

    /// <summary>
    /// The ego's prepared interest profile, read and extracted again only when their profile, site, posts or
    /// messages changed since it was last prepared (a cheap version read decides).
    /// </summary>
    private async Task<EgoContext> EgoAsync(CancellationToken cancellationToken)
    {
        var version = await evidence.EgoVersionAsync(EvidenceOptions.Default, cancellationToken);
        if (Volatile.Read(ref _ego) is { } cached && string.Equals(cached.Version, version, StringComparison.Ordinal))
        {
            return cached.Context;
        }

        var ego = await evidence.LoadEgoAsync(EvidenceOptions.Default, cancellationToken) ?? new PersonEvidence(0, null);
        var prepared = new PreparedEgo(version, _engine.Prepare(ego));
        Volatile.Write(ref _ego, prepared);
        return prepared.Context;
    }

    private async Task<(PersonEvidence Person, string? Problem)> FetchSiteAsync(PersonEvidence person, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(person.Website) || !Uri.TryCreate(person.Website.Trim(), UriKind.Absolute, out var url))
        {
            return (person, "The profile names no website.");
        }

        SiteProfile profile;
        try
        {
            profile = await siteReader.ReadAsync(url, cancellationToken);
        }
        catch (WebFetchException error)
        {
            return (person, error.Message);
        }

        var snapshot = new SiteSnapshot(profile.Url.AbsoluteUri, clock.GetUtcNow())
        {
            Title = profile.Title,
            Description = profile.Description,
            Keywords = profile.Keywords,
            FeedTitles = profile.Feeds.SelectMany(feed => (feed.Title is null ? [] : new[] { feed.Title }).Concat(feed.EntryTitles)).Take(MaxFeedTitles).ToList(),
        };
        await sites.SaveAsync(person.PersonId, snapshot, cancellationToken);
        return (person with { Site = snapshot }, null);
    }

    private sealed record PreparedEgo(string Version, EgoContext Context);
}
