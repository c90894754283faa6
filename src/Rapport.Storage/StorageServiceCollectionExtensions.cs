using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rapport.Core.Administration;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Chats;
using Rapport.Core.Contacts;
using Rapport.Core.Curation;
using Rapport.Core.Curation.Queue;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Notes;
using Rapport.Core.Tags;
using Rapport.Storage.Administration;
using Rapport.Storage.Cadence;
using Rapport.Storage.Chats;
using Rapport.Storage.Connections;
using Rapport.Storage.Contacts;
using Rapport.Storage.Curation;
using Rapport.Storage.Import;
using Rapport.Storage.Ledger;
using Rapport.Storage.Lists;
using Rapport.Storage.Notes;
using Rapport.Storage.Postgres;
using Rapport.Storage.Search;
using Rapport.Storage.Sqlite;
using Rapport.Storage.Tags;

namespace Rapport.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the ledger's stores on the engine the options choose.</summary>
    public static IServiceCollection AddRapportStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton<IEngine>(provider => options.UsesPostgres
            ? new PostgresEngine(options.PostgresConnectionString!)
            : new SqliteEngine(
                options.ResolvedSqlitePath,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<SqliteEngine>>()));
        services.AddSingleton<IDataVersion>(_ => options.UsesPostgres ? new UnknownDataVersion() : new SqliteDataVersion(options.ResolvedSqlitePath));
        services.AddSingleton<IDatabaseMigrator, DatabaseMigrator>();
        services.AddSingleton<ILedgerImporter, LedgerImporter>();
        services.AddSingleton<IContactStore, ContactStore>();
        services.AddSingleton<ITouchStore, TouchStore>();
        services.AddSingleton<ILedgerOverviewStore, LedgerOverviewStore>();
        services.AddSingleton<IDraftStore, DraftStore>();
        services.AddSingleton<IQueueStore, QueueStore>();
        services.AddSingleton<ISlotPlanStore, SlotPlanStore>();
        services.AddSingleton<ICreditDirectory, CreditDirectory>();
        services.AddSingleton<DueCacheBuilder>();
        services.AddSingleton<ICadenceSettingsStore, CadenceSettingsStore>();
        services.AddSingleton<ICadenceDueIndex, CadenceDueIndex>();
        services.AddSingleton<ITouchLog, TouchLog>();
        services.AddSingleton<IPeopleSheetStore, PeopleSheetStore>();
        services.AddSingleton<IContactListStore, ContactListStore>();
        services.AddSingleton<INoteStore, NoteStore>();
        services.AddSingleton<ITagStore, TagStore>();
        services.AddSingleton<IChatStore, ChatStore>();
        services.AddProfilesSearchStorage(options);
        services.AddRapportConnectionsStorage(options);
        return services;
    }
}
