using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Chats;

public sealed class CoreModel(ChatsActions actions) : PageModel
{
    public CoreGroupView? Core { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Core = await actions.CoreGroupAsync(cancellationToken);
}
