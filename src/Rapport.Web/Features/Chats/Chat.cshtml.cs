using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Chats;

public sealed class ChatModel(ChatsActions actions) : PageModel
{
    public ChatView? Chat { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var chat = await actions.ChatAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        if (!chat.Succeeded)
        {
            return NotFound();
        }

        Chat = chat.Value;
        return Page();
    }
}
