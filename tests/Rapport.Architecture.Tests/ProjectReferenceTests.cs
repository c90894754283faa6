using System.Xml.Linq;

namespace Rapport.Architecture.Tests;

/// <summary>
/// The dependency rules of ARCHITECTURE.md, checked on the project files themselves: a project that
/// references one it must not fails here before it can grow a habit.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>What each product project may reference, and nothing else of ours.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Rapport.Core"] = [],
        ["Rapport.Text"] = [],
        ["Rapport.Storage"] = ["Rapport.Core"],
        ["Rapport.Importers"] = ["Rapport.Core"],
        ["Rapport.Connectors"] = ["Rapport.Core"],
        ["Rapport.Hosting"] = ["Rapport.Core", "Rapport.Text", "Rapport.Storage", "Rapport.Importers", "Rapport.Connectors"],
        ["Rapport.Cli"] = ["Rapport.Core", "Rapport.Text", "Rapport.Hosting"],
        ["Rapport.Web"] = ["Rapport.Core", "Rapport.Text", "Rapport.Hosting"],
    };

    /// <summary>Packages that mark a layer: the domain stays free of storage, web and HTTP stacks.</summary>
    private static readonly Dictionary<string, string[]> ForbiddenPackages = new(StringComparer.Ordinal)
    {
        ["Rapport.Core"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.AspNetCore", "Spectre.Console", "System.CommandLine"],
        ["Rapport.Text"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore"],
        ["Rapport.Importers"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite"],
        ["Rapport.Connectors"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite"],
        ["Rapport.Cli"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite"],
    };

    public static TheoryData<string> ProductProjects => [.. ProductProjectNames];

    private static IEnumerable<string> ProductProjectNames =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot, "src")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Rapport.slnx")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("Rapport.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    [Theory]
    [MemberData(nameof(ProductProjects))]
    public void A_project_references_only_the_projects_its_layer_allows(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"{project} has no rule in ARCHITECTURE.md's table: add one here and there.");

        var referenced = ProjectFile(project).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.All(referenced, name => Assert.True(allowed.Contains(name), $"{project} must not reference {name}."));
    }

    [Theory]
    [MemberData(nameof(ProductProjects))]
    public void A_project_keeps_out_the_packages_of_other_layers(string project)
    {
        var forbidden = ForbiddenPackages.GetValueOrDefault(project, []);
        var packages = ProjectFile(project).Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value);
        var frameworks = ProjectFile(project).Descendants("FrameworkReference").Select(p => p.Attribute("Include")!.Value);

        Assert.All(packages.Concat(frameworks), package =>
            Assert.False(forbidden.Any(prefix => package.StartsWith(prefix, StringComparison.Ordinal)), $"{project} must not use {package}."));
    }

    [Fact]
    public void Every_product_project_is_in_the_solution()
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot, "Rapport.slnx"));

        Assert.All(ProductProjectNames, project => Assert.Contains($"src/{project}/{project}.csproj", solution, StringComparison.Ordinal));
    }

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(RepositoryRoot, "src", project, project + ".csproj"));
}
