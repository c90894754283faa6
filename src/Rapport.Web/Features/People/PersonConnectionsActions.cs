using System.Globalization;
using Rapport.Core.Connections;
using Rapport.Web.Features.Compose;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.People;

/// <summary>
/// A person's connection points and openers for the person's page and <c>/api/connections</c>,
/// <c>/api/openers</c>: points come from the connection engine with the user's decisions applied, openers are
/// counted by the composer. People are addressed by id, so someone known without a handle has them too.
/// </summary>
public sealed class PersonConnectionsActions(ConnectionService connections, ComposeActions composer)
{
    public const int OpenerCount = OpenerWriter.DefaultCount;
    public const int MaxPointIdLength = 300;

    private static readonly string[] CountedOn = ["x"];

    public async Task<Outcome<PersonConnectionsView>> FindAsync(long personId, CancellationToken cancellationToken)
    {
        if (await connections.ForPersonAsync(personId, fetchSite: false, cancellationToken) is not { } found)
        {
            return Outcome.Missing<PersonConnectionsView>(NoOne(personId));
        }

        var openers = new OpenerWriter(connections.Engine.Extractor.Lexicon).Write(found.Person, found.Points, OpenerCount);
        return Outcome.Ok(new PersonConnectionsView(personId, found.Points, [.. openers.Select(Counted)]));
    }

    public async Task<Outcome<IReadOnlyList<PersonOpenerView>>> OpenersAsync(long personId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(personId, cancellationToken);
        return found.Value is { } view
            ? Outcome.Ok(view.Openers)
            : Outcome.Missing<IReadOnlyList<PersonOpenerView>>(found.FirstError);
    }

    public async Task<Outcome<ConnectionDecision>> DecideAsync(long personId, PersonPointDecisionRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pointId = request.PointId?.Trim();
        if (string.IsNullOrEmpty(pointId) || pointId.Length > MaxPointIdLength)
        {
            errors["pointId"] = ["Name the connection point, such as interest:coffee."];
        }

        PointDecision? decision = request.Decision?.Trim().ToUpperInvariant() switch
        {
            "CONFIRM" or "CONFIRMED" => PointDecision.Confirmed,
            "DISMISS" or "DISMISSED" => PointDecision.Dismissed,
            _ => null,
        };
        if (decision is null)
        {
            errors["decision"] = ["Confirm or dismiss."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<ConnectionDecision>(errors);
        }

        try
        {
            return Outcome.Ok(await connections.DecideAsync(personId, pointId!, decision!.Value, cancellationToken));
        }
        catch (ConnectionPointNotFoundException missing)
        {
            return Outcome.Missing<ConnectionDecision>(missing.Message);
        }
    }

    /// <summary>Keeps the opener as a draft, so the composer opens with it and every network's version counted.</summary>
    public async Task<Outcome<DraftView>> DraftOpenerAsync(long personId, PersonOpenerDraftRequest request, CancellationToken cancellationToken)
    {
        var pointId = request.PointId?.Trim();
        if (string.IsNullOrEmpty(pointId) || pointId.Length > MaxPointIdLength)
        {
            return Outcome.Invalid<DraftView>("pointId", "Name the connection point the opener was drafted from.");
        }

        var found = await FindAsync(personId, cancellationToken);
        if (found.Value is not { } view)
        {
            return Outcome.Missing<DraftView>(found.FirstError);
        }

        if (view.Openers.FirstOrDefault(o => string.Equals(o.PointId, pointId, StringComparison.OrdinalIgnoreCase)) is not { } opener)
        {
            return Outcome.Missing<DraftView>($"No opener was drafted from '{pointId}' for this person.");
        }

        return await composer.SaveAsync(new ComposeInput { Comment = opener.Text, Url = opener.Url, Networks = ComposeNetworks.Default }, cancellationToken);
    }

    private PersonOpenerView Counted(Opener opener)
    {
        var versions = composer.Preview(new ComposeInput { Comment = opener.Text, Url = opener.Url, Networks = CountedOn }).Value?.Versions ?? [];
        var x = versions.Count > 0 ? versions[0] : null;
        var post = x is { Posts.Count: > 0 } ? x.Posts[0] : null;
        return new PersonOpenerView(opener.PointId, opener.Kind, opener.Text, opener.Url, post?.Length ?? 0, post?.Limit ?? 0, x is { Fits: true, Posts.Count: 1 });
    }

    private static string NoOne(long personId) => string.Create(CultureInfo.InvariantCulture, $"No one with id {personId} is in the ledger.");
}
