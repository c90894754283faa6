using Microsoft.Extensions.Options;

namespace Rapport.Testing;

/// <summary>
/// Options that stay as given, for constructing a service by hand that reads its settings through
/// <see cref="IOptionsMonitor{TOptions}"/>; nothing ever changes them, so no listener is ever called.
/// </summary>
public sealed class FixedOptionsMonitor<TOptions>(TOptions value) : IOptionsMonitor<TOptions>
{
    public TOptions CurrentValue { get; } = value;

    public TOptions Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<TOptions, string?> listener) => null;
}
