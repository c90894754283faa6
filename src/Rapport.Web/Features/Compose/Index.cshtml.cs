using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Compose;

public sealed class IndexModel(ComposeActions actions) : PageModel
{
    public ComposeInput Input { get; private set; } = new() { Networks = ComposeNetworks.Default };

    public long? DraftId { get; private set; }

    public ComposePreview Preview { get; private set; } = new([]);

    public ArticleView? Article { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public bool Chosen(string network) => Input.Networks?.Contains(network, StringComparer.OrdinalIgnoreCase) == true;

    public async Task<IActionResult> OnGetAsync(long? draft, CancellationToken cancellationToken)
    {
        if (draft is { } id)
        {
            var found = await actions.FindAsync(id, cancellationToken);
            if (!found.Succeeded)
            {
                return NotFound();
            }

            Input = ComposeActions.ToInput(found.Value!);
            DraftId = id;
        }

        Preview = actions.Preview(Input).Value ?? new ComposePreview([]);
        return Page();
    }

    public IActionResult OnPostPreview(ComposeForm form)
    {
        Show(form);
        return Page();
    }

    public async Task<IActionResult> OnPostFetchAsync(ComposeForm form, CancellationToken cancellationToken)
    {
        Show(form);
        var fetched = await actions.FetchAsync(new FetchArticleRequest(form.Url), cancellationToken);
        if (fetched.Succeeded)
        {
            Article = fetched.Value;
            Input = Input with { Url = Article!.Url };
        }
        else
        {
            Errors = fetched.Errors;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(ComposeForm form, CancellationToken cancellationToken)
    {
        Show(form);
        var saved = form.DraftId is { } id
            ? await actions.UpdateAsync(id, Input, cancellationToken)
            : await actions.SaveAsync(Input, cancellationToken);
        if (saved.NotFound is not null)
        {
            return NotFound();
        }

        if (!saved.Succeeded)
        {
            Errors = saved.Errors;
            return Page();
        }

        TempData["Status"] = saved.Value!.AllFit ? "Draft saved; it fits every network chosen." : "Draft saved; some networks need it shorter.";
        return RedirectToPage("/Compose/Draft", new { id = saved.Value.Id });
    }

    private void Show(ComposeForm form)
    {
        Input = form.ToInput();
        DraftId = form.DraftId;
        var preview = actions.Preview(Input);
        Preview = preview.Value ?? new ComposePreview([]);
        Errors = preview.Errors;
    }
}
