using System.Collections.Concurrent;
using System.Net;
using Rapport.Connectors.Web;

namespace Rapport.Connectors.Tests.Support;

/// <summary>A resolver that knows only the names a test gives it, so no test depends on real DNS.</summary>
internal sealed class FakeHostResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, Func<int, IPAddress[]>> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _lookups = new(StringComparer.OrdinalIgnoreCase);

    public FakeHostResolver Map(string host, params string[] addresses)
    {
        var parsed = addresses.Select(IPAddress.Parse).ToArray();
        _answers[host] = _ => parsed;
        return this;
    }

    /// <summary>Answers differently on each lookup (1-based), as a rebinding attacker's DNS server would.</summary>
    public FakeHostResolver MapPerLookup(string host, Func<int, string> answer)
    {
        _answers[host] = lookup => [IPAddress.Parse(answer(lookup))];
        return this;
    }

    public int LookupsOf(string host) => _lookups.GetValueOrDefault(host);

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var lookup = _lookups.AddOrUpdate(host, 1, (_, count) => count + 1);
        IReadOnlyList<IPAddress> result = _answers.TryGetValue(host, out var answer) ? answer(lookup) : [];
        return Task.FromResult(result);
    }
}
