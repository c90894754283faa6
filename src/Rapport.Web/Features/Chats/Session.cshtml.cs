using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Chats;

public sealed class SessionModel(ChatsActions actions) : PageModel
{
    public ChatSessionPageView? Session { get; private set; }

    public string? Problem { get; private set; }

    public long ChatId { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? date, CancellationToken cancellationToken)
    {
        ChatId = id;
        var session = await actions.SessionAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), date, cancellationToken);
        if (session.Succeeded)
        {
            Session = session.Value;
            return Page();
        }

        if (session.Errors.Count > 0)
        {
            Problem = session.FirstError;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return NotFound();
    }
}
