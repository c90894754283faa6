using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Chats;

public sealed class IndexModel(ChatsActions actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Weeks { get; set; }

    public ChatCalendarView? Calendar { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = await actions.CalendarAsync(Weeks, cancellationToken);
        Calendar = calendar.Value;
        Error = calendar.Succeeded ? null : calendar.FirstError;
    }

    public async Task<IActionResult> OnPostAttendAsync(long chatId, bool attending, CancellationToken cancellationToken)
    {
        var outcome = await actions.SetAttendingAsync(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), new AttendRequest(attending), cancellationToken);
        TempData[outcome.Succeeded ? "Status" : "Error"] = outcome.Succeeded
            ? (attending ? "You attend " : "You no longer attend ") + outcome.Value!.Name + "."
            : outcome.FirstError;
        return RedirectToPage("/Chats/Index");
    }
}
