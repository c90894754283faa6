using System.CommandLine;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Import;
using Spectre.Console;

namespace Rapport.Cli.Import;

/// <summary><c>rapport demo</c>: a realistic sample account, imported, in one command.</summary>
internal static class DemoCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generated sample (the same seed gives the same data)", DefaultValueFactory = _ => 2026 };
        var demo = new Command("demo", "Generate a sample X archive with realistic people and import it") { seed };
        demo.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var summary = await ImportRendering.WithProgressAsync(
                    context, "Demo", progress => context.Get<DemoService>().LoadAsync(parse.GetValue(seed), progress, ct));
                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        archive = ImportRendering.ToJson(summary.Archive),
                        profiles = ImportRendering.ToJson(summary.Profiles),
                        overview = summary.Overview,
                    });
                    return ExitCodes.Ok;
                }

                ImportRendering.Render(context.Console, summary.Archive, "Sample archive imported");
                var overview = summary.Overview;
                var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
                grid.AddRow("You", "@" + Markup.Escape(overview.EgoHandle ?? "?"));
                grid.AddRow("People", overview.People.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                grid.AddRow("Posts", overview.Posts.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                grid.AddRow("Followers", overview.Followers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                grid.AddRow("Following", overview.Following.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                grid.AddRow("Touches", overview.Touches.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                grid.AddRow("Direct messages", overview.DirectMessages.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                grid.AddRow("Lists you are on", overview.Lists.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                context.Console.Write(new Panel(grid).Header("Your ledger"));
                context.Console.MarkupLine("Next: [bold]rapport contacts search coffee[/], [bold]rapport touches HANDLE[/], [bold]rapport cadence set HANDLE monthly[/] then [bold]rapport today[/], [bold]rapport chats next[/].");
                return ExitCodes.Ok;
            },
            cancellationToken));
        return demo;
    }
}
