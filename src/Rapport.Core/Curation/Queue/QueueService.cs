using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using TimeZoneConverter;

namespace Rapport.Core.Curation.Queue;

/// <summary>
/// Schedules drafts per network, at a time the user names or in the next free slot of the network's weekly plan,
/// in the user's zone (<see cref="CadenceOptions.TimeZone"/>); offers due posts to a publisher; records shares and
/// the touches they make with credited contacts.
/// </summary>
public sealed class QueueService(
    IDraftStore drafts,
    IQueueStore queue,
    ISlotPlanStore slots,
    ICreditDirectory directory,
    IEnumerable<IPublisher> publishers,
    IOptionsMonitor<CadenceOptions> options,
    TimeProvider clock)
{
    private static readonly LocalDateTimePattern[] AtPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
    ];

    private static readonly ZonedDateTimePattern LocalFormat =
        ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm ddd", DateTimeZoneProviders.Tzdb);

    /// <summary>The user's zone, in which times are given and shown, as the settings say now.</summary>
    public DateTimeZone Zone => ResolveZone(options.CurrentValue.TimeZone);

    /// <summary>Reads "2026-12-01 09:00" (or with a 'T'), a wall-clock time in the user's zone.</summary>
    /// <exception cref="FormatException">The text is not such a time.</exception>
    public static LocalDateTime ParseLocal(string text)
    {
        foreach (var pattern in AtPatterns)
        {
            var result = pattern.Parse((text ?? string.Empty).Trim());
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw new FormatException($"'{text}' is not a time: write it as \"2026-12-01 09:00\", in your time zone.");
    }

    /// <summary>An instant as the user reads it: "2026-12-01 09:00 Tue".</summary>
    public string Describe(DateTimeOffset instant) => LocalFormat.Format(Instant.FromDateTimeOffset(instant).InZone(Zone));

    /// <summary>
    /// Queues a draft on one of its networks, or on each of them. With <paramref name="at"/> every item takes that
    /// time (a time past is due at once); without it each network takes its plan's next free slot.
    /// </summary>
    public async Task<IReadOnlyList<QueueItem>> AddAsync(long draftId, string? network, LocalDateTime? at, CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(draftId, cancellationToken)
            ?? throw new QueueException(QueueProblem.DraftNotFound, $"There is no draft {draftId}.");
        var networks = network is null ? draft.Networks : [network.Trim().ToLowerInvariant()];
        foreach (var name in networks.Where(name => !draft.Networks.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            throw new QueueException(
                QueueProblem.NetworkNotInDraft,
                $"Draft {draftId} is written for {string.Join(", ", draft.Networks)}, not {name}: add it with 'rapport drafts edit {draftId} --to ...'.");
        }

        var queued = await queue.ListAsync(includeShared: false, cancellationToken);
        foreach (var name in networks)
        {
            if (queued.FirstOrDefault(item => item.DraftId == draftId && string.Equals(item.Network, name, StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                throw new QueueException(
                    QueueProblem.AlreadyQueued,
                    string.Create(CultureInfo.InvariantCulture, $"Draft {draftId} is already queued for {name} at {Describe(existing.ScheduledAt)} (item {existing.Id}); remove it first to move it."));
            }
        }

        var now = clock.GetUtcNow();
        var added = new List<QueueItem>();
        foreach (var name in networks)
        {
            var scheduled = at is { } local
                ? SlotPlan.Occurrence(local.Date, local.TimeOfDay, Zone).ToDateTimeOffset()
                : await NextSlotAsync(name, queued.Concat(added), now, cancellationToken);
            added.Add(await queue.AddAsync(
                new QueueItem { DraftId = draftId, Network = name, ScheduledAt = scheduled, FromSlot = at is null, CreatedAt = now },
                cancellationToken));
        }

        return added;
    }

    public Task<IReadOnlyList<QueueItem>> ListAsync(bool includeShared, CancellationToken cancellationToken) =>
        queue.ListAsync(includeShared, cancellationToken);

    public Task<IReadOnlyList<QueueItem>> DueAsync(CancellationToken cancellationToken) =>
        queue.DueAsync(clock.GetUtcNow(), cancellationToken);

    public async Task RemoveAsync(long itemId, CancellationToken cancellationToken)
    {
        if (!await queue.RemoveAsync(itemId, cancellationToken))
        {
            throw new QueueException(QueueProblem.ItemNotFound, $"There is no queue item {itemId}.");
        }
    }

    public Task SetSlotsAsync(string network, IReadOnlyList<PostingSlot> plan, CancellationToken cancellationToken) =>
        slots.SetAsync(network.Trim().ToLowerInvariant(), plan, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<PostingSlot>>> ListSlotsAsync(CancellationToken cancellationToken) =>
        slots.ListAsync(cancellationToken);

    /// <summary>
    /// Offers a due post to the best publisher for its network: a live connector where one can post it, else the
    /// share-intent link. A post a connector published is recorded as shared at once.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(QueueItem item, ComposedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(post);
        var publisher = publishers.Where(p => p.CanPublish(item.Network)).OrderByDescending(p => p.PostsDirectly).FirstOrDefault();
        if (publisher is null)
        {
            return PublishOutcome.Unavailable($"Nothing can publish to {item.Network} yet.");
        }

        var outcome = await publisher.PublishAsync(post, cancellationToken);
        if (outcome.Status == PublishStatus.Published)
        {
            await RecordShareAsync(item.Id, cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// Records that a queued post was shared: the item and its draft are marked shared, and an outbound public
    /// touch is logged for each credited person who is a contact (a quote for the quoted post's author on that
    /// post's own network, a mention otherwise). Recording it again changes nothing.
    /// </summary>
    public async Task<ShareResult> RecordShareAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await queue.FindAsync(itemId, cancellationToken)
            ?? throw new QueueException(QueueProblem.ItemNotFound, $"There is no queue item {itemId}.");
        var draft = await drafts.FindAsync(item.DraftId, cancellationToken)
            ?? throw new QueueException(QueueProblem.DraftNotFound, $"The draft of queue item {itemId} was deleted.");

        var network = LedgerNetwork(item.Network);
        var touches = new List<ShareTouch>();
        foreach (var credit in draft.Credits)
        {
            if (CreditHandle.TryParse(credit) is not { } handle || await directory.FindAsync(handle, cancellationToken) is not { } contact
                || touches.Any(touch => touch.PersonId == contact.PersonId))
            {
                continue;
            }

            var quotesThem = draft.QuotedPost is { } quoted && network == quoted.Network
                && CreditHandle.TryParse(quoted.Author ?? "") == handle;
            touches.Add(new ShareTouch(
                contact.PersonId,
                network is { } on ? contact.On(on)?.IdentityId : null,
                quotesThem ? TouchChannel.Quote : TouchChannel.Mention,
                string.Create(CultureInfo.InvariantCulture, $"share:draft:{draft.Id}:{item.Network}:person:{contact.PersonId}")));
        }

        return await queue.RecordShareAsync(new ShareRecord(item.Id, clock.GetUtcNow(), touches), cancellationToken);
    }

    /// <summary>The ledger's network for a composer name; null for networks the ledger does not keep (LinkedIn...).</summary>
    public static SocialNetwork? LedgerNetwork(string network) => network.ToLowerInvariant() switch
    {
        "x" or "x140" => SocialNetwork.X,
        "mastodon" => SocialNetwork.Mastodon,
        "bluesky" => SocialNetwork.Bluesky,
        _ => null,
    };

    private async Task<DateTimeOffset> NextSlotAsync(string network, IEnumerable<QueueItem> queued, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await slots.GetAsync(network, cancellationToken);
        if (plan.Count == 0)
        {
            throw new QueueException(
                QueueProblem.NoSlotPlan,
                $"{network} has no posting slots: set them with 'rapport queue slots set {network} \"Mon 09:00,Wed 12:30\"', or give a time with --at.");
        }

        var taken = queued.Where(item => string.Equals(item.Network, network, StringComparison.OrdinalIgnoreCase))
            .Select(item => Instant.FromDateTimeOffset(item.ScheduledAt))
            .ToHashSet();
        var next = SlotPlan.NextFree(plan, Zone, Instant.FromDateTimeOffset(now), taken)
            ?? throw new QueueException(QueueProblem.NoFreeSlot, $"Every {network} slot of the next {SlotPlan.WeeksAhead} weeks is taken: add slots or give a time with --at.");
        return next.ToDateTimeOffset();
    }

    private static DateTimeZone ResolveZone(string zoneId) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
        ?? DateTimeZoneProviders.Tzdb[TZConvert.WindowsToIana(zoneId)];
}
