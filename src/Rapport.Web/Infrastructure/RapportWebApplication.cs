using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Rapport.Core.Administration;
using Rapport.Hosting;
using Rapport.Web.Features;

namespace Rapport.Web.Infrastructure;

/// <summary>What Program.cs composes: the shared composition root, the web's own services, and the pipeline.</summary>
public static class RapportWebApplication
{
    /// <summary>Short command-line switches, the same words the CLI uses where there is one.</summary>
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--port"] = "Web:Port",
        ["--address"] = "Web:Address",
        ["--db"] = "Storage:SqlitePath",
        ["--postgres"] = "Storage:PostgresConnectionString",
    };

    /// <summary>Requests smaller than this need nothing more; the archive upload raises its own limit.</summary>
    private const long DefaultMaxRequestBodyBytes = 4 * 1024 * 1024;

    public static WebApplicationBuilder AddRapportWeb(this WebApplicationBuilder builder, string[] args)
    {
        // The CLI's sources (RAPPORT_DB, RAPPORT__... variables, settings.json), with the command line on top; the
        // host's own configuration helps find settings.json (a test names the database there).
        var commandLine = new ConfigurationBuilder().AddCommandLine(args, Switches).Build()
            .AsEnumerable().Where(setting => setting.Value is not null).ToDictionary(StringComparer.Ordinal);
        builder.Configuration.AddConfiguration(RapportConfiguration.Build(commandLine, builder.Configuration), shouldDisposeConfiguration: true);

        var web = builder.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        Validator.ValidateObject(web, new ValidationContext(web), validateAllProperties: true);
        var address = string.Equals(web.Address, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(web.Address);

        // A page on a loopback address can still be reached by another site through DNS rebinding; naming the
        // hosts this app answers to closes that door.
        if (IPAddress.IsLoopback(address) && string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            builder.Configuration.AddInMemoryCollection([new("AllowedHosts", "localhost;127.0.0.1;[::1]")]);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, web.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = DefaultMaxRequestBodyBytes;
        });

        var services = builder.Services;
        services.AddRapport(builder.Configuration);
        services.AddRapportDataProtection(builder.Configuration);
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorPages(options => options.RootDirectory = "/Features");
        services.AddAntiforgery(options =>
        {
            options.HeaderName = ApiAntiforgery.HeaderName;
            options.Cookie.Name = "rapport-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = ApiAntiforgery.FormFieldName;
        });
        services.AddSingleton<PageDataCache>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<JsonOptions>(json => json.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        foreach (var feature in WebFeatures.All)
        {
            feature.AddServices(services);
        }

        return builder;
    }

    /// <summary>SQLite is migrated on start (after a copy is kept); PostgreSQL must be migrated with the CLI first.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<IDatabaseMigrator>().EnsureReadyAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseRapportWeb(this WebApplication app)
    {
        // Outside the pages every error is a ProblemDetails without a stack trace, in every environment;
        // a page that fails shows the error page instead. Under /api, bare status codes (an unknown route,
        // a body that cannot be bound, a wrong content type) get a ProblemDetails body too.
        app.UseExceptionHandler("/error");
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.UseStatusCodePages());
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapRazorPages();
        var api = app.MapGroup("/api").AddEndpointFilter<ApiAntiforgery>();
        ApiAntiforgery.MapTokenEndpoint(api);
        foreach (var feature in WebFeatures.All)
        {
            feature.MapApi(api);
            feature.MapPageEndpoints(app);
        }

        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddress(app));
        return app;
    }

    private static void AnnounceAddress(WebApplication app)
    {
        // Written to standard output whatever the log level, so a person (or a test) knows where to go.
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.Out.WriteLine("Rapport is running at " + address);
        }
    }
}
