using Microsoft.EntityFrameworkCore;
using Rapport.Core.Curation;

namespace Rapport.Storage.Curation;

internal sealed class CreditDirectory(IEngine engine) : ICreditDirectory
{
    public async Task<CreditedContact?> FindAsync(CreditHandle handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        await using var context = engine.CreateContext();
        var match = await context.Identities.AsNoTracking()
            .Where(i => i.Network == handle.Network && i.HandleKey == handle.Handle && !i.IsEgo)
            .OrderBy(i => i.Id)
            .Select(i => new { i.PersonId })
            .FirstOrDefaultAsync(cancellationToken);
        if (match is null)
        {
            return null;
        }

        var identities = await context.Identities.AsNoTracking()
            .Where(i => i.PersonId == match.PersonId && i.Handle != null)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var personName = await context.People.AsNoTracking().Where(p => p.Id == match.PersonId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var name = string.IsNullOrWhiteSpace(personName)
            ? identities.Select(i => i.DisplayName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
            : personName;
        return new CreditedContact(
            match.PersonId,
            name,
            [.. identities.Select(i => new ContactHandle(i.Network, i.Handle!.TrimStart('@'), i.Id))]);
    }
}
