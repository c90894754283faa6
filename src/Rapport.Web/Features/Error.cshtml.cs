using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features;

/// <summary>
/// The page shown when a page fails. It has no handlers so it renders for whatever method failed, and it
/// skips antiforgery because it only ever runs as the re-execution of a request already checked.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status => HttpContext.Response.StatusCode;
}
