using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Web.Tests.Support;

/// <summary>A person whose name and bio are markup and script, as an attacker could write them on their profile.</summary>
public static class HostileProfile
{
    public const string Handle = "mallory_xss";
    public const string Name = "<b>Mallory</b><script>window.__pwned='name'</script>";
    public const string Bio = "<script>window.__pwned='bio'</script><img src=x onerror=\"window.__pwned='img'\"><a href=\"javascript:window.__pwned='link'\">click</a> \"quotes\" & 'apostrophes' </textarea><style>body{display:none}</style>";

    public static async Task AddAsync(IServiceProvider services)
    {
        var importer = services.GetRequiredService<ILedgerImporter>();
        await using var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, "hostile profile", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await session.AddProfileAsync(
            new ProfileRecord { ExternalId = "66600666", Handle = Handle, DisplayName = Name, Bio = Bio, Location = "<i>Nowhere</i>", Website = "javascript:alert(1)" },
            CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
