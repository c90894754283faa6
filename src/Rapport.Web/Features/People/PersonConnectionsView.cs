using Rapport.Core.Connections;

namespace Rapport.Web.Features.People;

/// <summary>A person's connection points, best first, each with its evidence, and the openers drafted from them.</summary>
public sealed record PersonConnectionsView(long PersonId, IReadOnlyList<ConnectionPoint> Points, IReadOnlyList<PersonOpenerView> Openers);
