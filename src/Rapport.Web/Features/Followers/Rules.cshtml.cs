using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Core.Triage;

namespace Rapport.Web.Features.Followers;

public sealed class RulesModel(FollowersActions actions) : PageModel
{
    public IReadOnlyList<StoredTriageRule> Rules { get; private set; } = [];

    /// <summary>Set when the user asked for a preview: the plan they can then apply.</summary>
    public RulePlanView? Plan { get; private set; }

    public string? Text { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task OnGetAsync(bool preview, CancellationToken cancellationToken)
    {
        Rules = await actions.ListRulesAsync(cancellationToken);
        if (preview)
        {
            Plan = await actions.PreviewAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAddAsync(string? text, CancellationToken cancellationToken)
    {
        var added = await actions.AddRuleAsync(new RuleRequest(text), cancellationToken);
        if (added.Value is { } rule)
        {
            TempData["Status"] = string.Create(CultureInfo.InvariantCulture, $"Rule {rule.Id} added.");
            return LocalRedirect("/followers/rules");
        }

        Text = text;
        Errors = added.Errors;
        Rules = await actions.ListRulesAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        var removed = await actions.RemoveRuleAsync(id, cancellationToken);
        TempData[removed.Succeeded ? "Status" : "Error"] = removed.Succeeded
            ? string.Create(CultureInfo.InvariantCulture, $"Rule {id} removed.")
            : removed.FirstError;
        return LocalRedirect("/followers/rules");
    }

    public async Task<IActionResult> OnPostApplyAsync(string? plan, CancellationToken cancellationToken)
    {
        var applied = await actions.ApplyAsync(new ApplyRulesRequest(plan), cancellationToken);
        if (applied.Value is { } result)
        {
            TempData["Status"] = string.Create(
                CultureInfo.InvariantCulture,
                $"Rules applied to {result.People} people: {result.ListAdditions} list addition(s), {result.CadencesSet} cadence(s) set, {result.Dismissed} dismissed.")
                + (result.Problems.Count > 0 ? " Problems: " + string.Join("; ", result.Problems) : string.Empty);
            return LocalRedirect("/followers/rules");
        }

        TempData["Error"] = applied.FirstError;
        return LocalRedirect("/followers/rules?preview=true");
    }
}
