using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence;
using Rapport.Core.Contacts;

namespace Rapport.Cli.Cadence;

/// <summary>What the keep-in-touch commands share: finding a person by handle, reading dates, the scoped services.</summary>
internal static class People
{
    public static async Task<long> FindAsync(CommandContext context, string handle, CancellationToken cancellationToken)
    {
        var details = await context.Get<IContactStore>().FindByHandleAsync(handle, cancellationToken);
        return details?.PersonId ?? throw new CliException($"No one with the handle '{handle}' is in the ledger.", ExitCodes.NotFound);
    }

    /// <summary>The queue and the sheets are scoped services: each command runs in a scope of its own.</summary>
    public static AsyncServiceScope Scope(CommandContext context) => context.Get<IServiceScopeFactory>().CreateAsyncScope();

    /// <summary>A tier name, an interval such as 10d, or null for "off".</summary>
    public static async Task<CadenceTier?> TierAsync(CommandContext context, string text, CancellationToken cancellationToken)
    {
        if (string.Equals(text.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tiers = await context.Get<ICadenceSettingsStore>().ListTiersAsync(cancellationToken);
        return CadenceTiers.Find(text, tiers)
            ?? throw new CliException(
                $"'{text}' is not a cadence: use {string.Join(", ", tiers.Select(t => t.Name))}, an interval such as 10d or 3w, or off.",
                ExitCodes.BadInput);
    }

    /// <summary>A local date (yyyy-MM-dd) as the start of that day in the user's zone, or an instant with its offset.</summary>
    public static DateTimeOffset Instant(string text, UserCalendar calendar)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return calendar.StartOf(date);
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new CliException($"'{text}' is not a date: use yyyy-MM-dd or an ISO 8601 time.", ExitCodes.BadInput);
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
