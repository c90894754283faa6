using Microsoft.Extensions.Options;
using Rapport.Core.Administration;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Tests.Caching;

public sealed class PageDataCacheTests
{
    private readonly SettableVersion _version = new() { Value = 1 };
    private readonly ManualClock _clock = new();
    private int _reads;

    [Fact]
    public async Task The_same_version_reads_once()
    {
        var cache = Cache();

        Assert.Equal(1, await cache.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
        Assert.Equal(1, await cache.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task A_commit_anywhere_makes_the_next_request_read_again()
    {
        var cache = Cache();
        await cache.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None);

        _version.Value = 2;

        Assert.Equal(2, await cache.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task Different_keys_are_kept_apart()
    {
        var cache = Cache();

        Assert.Equal(1, await cache.GetAsync(new Key("a"), TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
        Assert.Equal(2, await cache.GetAsync(new Key("b"), TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
        Assert.Equal(1, await cache.GetAsync(new Key("a"), TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
    }

    [Fact]
    public async Task An_entry_past_its_age_answers_while_one_read_replaces_it()
    {
        var cache = Cache();
        await cache.GetAsync("today", TimeSpan.FromSeconds(30), CountingRead, CancellationToken.None);
        var release = new TaskCompletionSource();
        async Task<int> SlowRead(CancellationToken cancellationToken)
        {
            await release.Task;
            return Interlocked.Increment(ref _reads);
        }

        _clock.Now += TimeSpan.FromSeconds(30);

        Assert.Equal(1, await cache.GetAsync("today", TimeSpan.FromSeconds(30), SlowRead, CancellationToken.None));
        Assert.Equal(1, await cache.GetAsync("today", TimeSpan.FromSeconds(30), SlowRead, CancellationToken.None));
        release.SetResult();
        await WaitUntilAsync(() => Volatile.Read(ref _reads) == 2);
        Assert.Equal(2, await cache.GetAsync("today", TimeSpan.FromSeconds(30), SlowRead, CancellationToken.None));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task After_a_commit_no_request_gets_the_earlier_result_even_while_the_new_read_runs()
    {
        var cache = Cache();
        await cache.GetAsync("today", TimeSpan.FromSeconds(30), CountingRead, CancellationToken.None);
        var release = new TaskCompletionSource();
        async Task<int> SlowRead(CancellationToken cancellationToken)
        {
            await release.Task;
            return Interlocked.Increment(ref _reads);
        }

        _clock.Now += TimeSpan.FromSeconds(30);
        _version.Value = 2;

        var waiting = cache.GetAsync("today", TimeSpan.FromSeconds(30), SlowRead, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        release.SetResult();
        Assert.Equal(2, await waiting);
    }

    [Fact]
    public async Task Requests_arriving_during_a_read_share_it()
    {
        var cache = Cache();
        var release = new TaskCompletionSource();
        async Task<int> SlowRead(CancellationToken cancellationToken)
        {
            await release.Task;
            return Interlocked.Increment(ref _reads);
        }

        var waiting = Enumerable.Range(0, 10).Select(_ => cache.GetAsync("people", TimeSpan.FromMinutes(1), SlowRead, CancellationToken.None)).ToList();
        release.SetResult();

        Assert.All(await Task.WhenAll(waiting), value => Assert.Equal(1, value));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task A_failed_read_is_not_kept()
    {
        var cache = Cache();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync<int>("people", TimeSpan.FromMinutes(1), _ => throw new InvalidOperationException("disk"), CancellationToken.None));

        Assert.Equal(1, await cache.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_version_or_when_switched_off_every_request_reads()
    {
        _version.Value = null;
        var unknown = Cache();
        await unknown.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None);
        await unknown.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None);

        _version.Value = 1;
        var off = Cache(new WebOptions { CachePageData = false });
        await off.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None);
        await off.GetAsync("people", TimeSpan.FromMinutes(1), CountingRead, CancellationToken.None);

        Assert.Equal(4, _reads);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 500 && !condition(); attempt++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private PageDataCache Cache(WebOptions? options = null) => new(_version, _clock, Options.Create(options ?? new WebOptions()));

    private Task<int> CountingRead(CancellationToken cancellationToken) => Task.FromResult(Interlocked.Increment(ref _reads));

    private sealed record Key(string Name);

    private sealed class SettableVersion : IDataVersion
    {
        public long? Value { get; set; }

        public long? Read() => Value;
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
