using Rapport.Web.Features.Chats;
using Rapport.Web.Features.Compose;
using Rapport.Web.Features.Followers;
using Rapport.Web.Features.Insights;
using Rapport.Web.Features.Lists;
using Rapport.Web.Features.People;
using Rapport.Web.Features.Settings;
using Rapport.Web.Features.Start;
using Rapport.Web.Features.Today;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features;

/// <summary>
/// Every feature of the web app, one line each: adding a feature is a folder under <c>Features/</c> with its
/// pages and an <see cref="IWebFeature"/>, plus one line here. Listed by hand rather than found by scanning,
/// so what the app serves can be read in one place.
/// </summary>
public static class WebFeatures
{
    public static IReadOnlyList<IWebFeature> All { get; } =
    [
        new StartFeature(),
        new TodayFeature(),
        new PeopleFeature(),
        new FollowersFeature(),
        new ListsFeature(),
        new ComposeFeature(),
        new ChatsFeature(),
        new InsightsFeature(),
        new PersonConnectionsFeature(),
        new SettingsFeature(),
    ];

    public static IReadOnlyList<NavigationItem> Navigation { get; } =
        [.. All.Select(feature => feature.Navigation).OfType<NavigationItem>().OrderBy(item => item.Order)];
}
