using Microsoft.Extensions.DependencyInjection;

namespace Rapport.Core.Cadence;

public static class CadenceServiceCollectionExtensions
{
    /// <summary>
    /// The Today queue service, scoped like the stores it reads (<see cref="ICadenceDueIndex"/> and
    /// <see cref="ICadenceSettingsStore"/>, registered by the storage). The composition root binds
    /// <see cref="CadenceOptions"/> to the "Cadence" section; the zone and the queue's numbers are checked
    /// on start.
    /// </summary>
    public static IServiceCollection AddRapportCadence(this IServiceCollection services)
    {
        services.AddOptions<CadenceOptions>()
            .Validate(Valid, "Cadence: TimeZone must be a known IANA zone, DailyCapacity at least 1, HorizonDays from 1 to 366, NextLimit 0 or more.")
            .ValidateOnStart();
        services.AddScoped<TodayQueueService>();
        return services;
    }

    private static bool Valid(CadenceOptions options)
    {
        try
        {
            _ = UserCalendar.ForZone(options.TimeZone, TimeProvider.System);
            options.ToQueueOptions().Validate();
            return true;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}
