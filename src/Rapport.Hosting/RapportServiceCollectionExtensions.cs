using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Rapport.Connectors;
using Rapport.Core.Cadence;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Reminders;
using Rapport.Core.Chats.Touches;
using Rapport.Core.Connections;
using Rapport.Core.Curation;
using Rapport.Core.Import;
using Rapport.Core.Insights;
using Rapport.Core.Profiles;
using Rapport.Importers;
using Rapport.Importers.Chats;
using Rapport.Importers.Sheets;
using Rapport.Storage;
using Rapport.Storage.Insights;

namespace Rapport.Hosting;

/// <summary>The one composition root, shared by the command line and the web app.</summary>
public static class RapportServiceCollectionExtensions
{
    public static IServiceCollection AddRapport(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        Validator.ValidateObject(storage, new ValidationContext(storage), validateAllProperties: true);

        services.AddSingleton(TimeProvider.System);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddSimpleConsole(console => console.SingleLine = true);
            logging.AddFilter("Microsoft", LogLevel.Warning);
        });
        // Standard output belongs to the command's own output (tables, --json); diagnostics go to standard error.
        services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddRapportStorage(storage);
        services.AddRapportImporters();
        services.AddRapportConnectors(configuration);
        services.AddSingleton<ArchiveImportService>();
        services.AddSingleton<DemoService>();
        services.AddRapportCuration();
        services.Configure<CadenceOptions>(configuration.GetSection(CadenceOptions.Section));
        services.AddRapportCadence();
        services.AddRapportSheets();
        services.AddSingleton<ChatService>();
        services.AddSingleton<IChatReminderSource, ChatReminderService>();
        services.AddSingleton<ChatTouchRecorder>();
        services.AddRapportConnections();
        services.AddSingleton<IChatDirectoryFile, ChatDirectoryCsv>();
        services.AddSingleton<ITranscriptFileReader, TranscriptFileReader>();
        services.AddRapportProfiles();
        services.AddRapportInsightsStorage();
        services.AddSingleton<InsightsService>();
        return services;
    }
}
