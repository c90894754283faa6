using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Rapport.Core.Administration;

namespace Rapport.Web.Infrastructure;

/// <summary>
/// What a page read from the ledger, kept while the database has not changed, so that many requests for the same
/// page cost one read. An entry is used only while <see cref="IDataVersion"/> answers the number it was read
/// under, which changes with any commit from this process or another, and only for the age its caller allows.
/// Requests that arrive while an entry is being read wait for that read instead of starting their own; once an
/// entry is past its age with no write since, it answers while one read replaces it.
/// </summary>
public sealed class PageDataCache(IDataVersion dataVersion, TimeProvider time, IOptions<WebOptions> options)
{
    /// <summary>Enough for the pages a person moves between; a flood of distinct searches starts over instead of growing.</summary>
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<object, Entry> _entries = new();

    // Entries stored since the last clear, replacements included; ConcurrentDictionary.Count would take every lock.
    private int _stored;

    /// <param name="key">Everything the read depends on besides the database, with value equality (a record).</param>
    /// <param name="maxAge">How long the result stays right without a write, for reads that also depend on the clock.</param>
    /// <param name="read">The read; it runs without the request's cancellation, since other requests may wait for it.</param>
    /// <param name="cancellationToken">Stops this request's wait, not the read.</param>
    public async Task<T> GetAsync<T>(object key, TimeSpan maxAge, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        // The version is read before the data: a commit landing during the read then leaves the entry under the
        // older number, to be read again next time, never a stale result under the newer one.
        if (!options.Value.CachePageData || dataVersion.Read() is not { } version)
        {
            return await read(cancellationToken);
        }

        var now = time.GetUtcNow();

        // Started on the thread pool so that the Lazy's lock is held only for the start, not for the read: SQLite's
        // "async" calls run synchronously, and waiting requests would otherwise block pool threads on that lock.
        var candidate = new Entry(version, now + maxAge, new Lazy<Task>(() => Task.Run(() => read(CancellationToken.None))), Stale: null);
        var entry = _entries.AddOrUpdate(
            key,
            candidate,
            (_, existing) => existing.ServesVersion(version, now) ? existing : candidate with { Stale = existing.ResultUnder(version) });
        if (ReferenceEquals(entry.Read, candidate.Read) && Interlocked.Increment(ref _stored) > MaxEntries)
        {
            Interlocked.Exchange(ref _stored, 0);
            _entries.Clear();
        }

        var reading = entry.Read.Value;

        // Past its age with no write since, the previous result is still the database's; only the clock moved.
        // It answers while one read replaces it, so that the age bound never makes every request wait.
        if (!reading.IsCompleted && entry.Stale is { } stale)
        {
            return await (Task<T>)stale;
        }

        return await ((Task<T>)reading).WaitAsync(cancellationToken);
    }

    private sealed record Entry(long Version, DateTimeOffset Expires, Lazy<Task> Read, Task? Stale)
    {
        /// <summary>The finished result of this entry if it was read under <paramref name="version"/>, else null.</summary>
        public Task? ResultUnder(long version) =>
            Version == version && Read.IsValueCreated && Read.Value.IsCompletedSuccessfully ? Read.Value : null;

        /// <summary>A read that failed is not kept: the next request tries again.</summary>
        public bool ServesVersion(long version, DateTimeOffset now) =>
            Version == version && now < Expires && !(Read.IsValueCreated && (Read.Value.IsFaulted || Read.Value.IsCanceled));
    }
}
