using System.Globalization;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Core.Chats.Scheduling;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Settings;

/// <summary>
/// Time zone, daily capacity, cadence tiers, and where the export and the calendar feed are. The values in force
/// are read through the options monitor, which follows settings.json, as every service that uses them does.
/// </summary>
public sealed class SettingsActions(
    IOptionsMonitor<CadenceOptions> cadence,
    ICadenceSettingsStore cadences,
    SavedSettings saved)
{
    public const string CalendarFeedPath = "/api/settings/calendar.ics";

    public async Task<SettingsView> GetAsync(CancellationToken cancellationToken)
    {
        var file = saved.Read();
        var tiers = await cadences.ListTiersAsync(cancellationToken);
        var current = cadence.CurrentValue;
        return new SettingsView(
            current.TimeZone,
            current.DailyCapacity,
            file?.TimeZone,
            file?.DailyCapacity,
            saved.Path,
            [.. tiers.Select(ToView)],
            CalendarFeedPath);
    }

    public async Task<Outcome<SettingsView>> SaveAsync(SettingsRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? zone = null;
        if (string.IsNullOrWhiteSpace(request.TimeZone) || request.TimeZone.Length > 100)
        {
            errors["timeZone"] = ["Choose a time zone such as Europe/Berlin or America/New_York."];
        }
        else
        {
            zone = SchedulePhraseParser.ResolveTimeZone(request.TimeZone.Trim());
            if (zone is null)
            {
                errors["timeZone"] = [$"'{request.TimeZone.Trim()}' is not a time zone: use an IANA name such as Europe/Berlin."];
            }
        }

        if (request.DailyCapacity is not { } capacity || capacity < 1 || capacity > SettingsRequest.MaxDailyCapacity)
        {
            errors["dailyCapacity"] = [string.Create(CultureInfo.InvariantCulture, $"The daily capacity is from 1 to {SettingsRequest.MaxDailyCapacity} people.")];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<SettingsView>(errors);
        }

        await saved.WriteAsync(zone!, request.DailyCapacity!.Value, cancellationToken);
        return Outcome.Ok(await GetAsync(cancellationToken));
    }

    public async Task<Outcome<TierView>> SaveTierAsync(TierRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > CadenceTier.MaxNameLength || name.Any(char.IsControl))
        {
            errors["name"] = [string.Create(CultureInfo.InvariantCulture, $"A tier's name is 1 to {CadenceTier.MaxNameLength} characters.")];
        }

        if (!CadenceInterval.TryParse(request.Interval, out var interval))
        {
            errors["interval"] = [$"'{request.Interval}' is not an interval: use weekly, monthly, 10d, 3w or 2m."];
        }

        TouchKindFilter? counts = request.Counts?.Trim().ToLowerInvariant() switch
        {
            null or "" or "outgoing" => CadenceTiers.Weekly.Counts,
            "private" => CadenceTiers.Close.Counts,
            _ => null,
        };
        if (counts is null)
        {
            errors["counts"] = ["Count either outgoing touches or private ones."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<TierView>(errors);
        }

        var tier = new CadenceTier(name!, interval, counts!);
        await cadences.SaveTierAsync(tier, cancellationToken);
        return Outcome.Ok(ToView(tier));
    }

    private static TierView ToView(CadenceTier tier) => new(
        tier.Name,
        tier.Interval.ToString(),
        [.. tier.Counts.Channels.Select(c => c.ToString())],
        [.. tier.Counts.Directions.Select(d => d.ToString())]);
}
