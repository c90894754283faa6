using Microsoft.EntityFrameworkCore;
using Rapport.Core.Profiles;

namespace Rapport.Storage.Profiles;

internal sealed class ProfileHistoryStore(IEngine engine) : IProfileHistoryStore
{
    public async Task<ProfileHistory?> FindByHandleAsync(string handle, CancellationToken cancellationToken)
    {
        var key = handle.Trim().TrimStart('@').ToLowerInvariant();
        await using var context = engine.CreateContext();
        var identity = await context.Identities.AsNoTracking()
            .Where(i => i.HandleKey == key)
            .OrderBy(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (identity is null)
        {
            return null;
        }

        var identityIds = await context.Identities.AsNoTracking()
            .Where(i => i.PersonId == identity.PersonId)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        var rows = await context.Set<Model.ProfileChangeEntry>().AsNoTracking()
            .Where(c => identityIds.Contains(c.IdentityId))
            .OrderBy(c => c.SeenAt)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var changes = rows
            .Select(c => new ProfileChange(
                Enum.TryParse<ProfileField>(c.Field, out var field) ? field : ProfileField.Bio,
                c.Before,
                c.After,
                new DateTimeOffset(c.SeenAt, TimeSpan.Zero)))
            .ToList();
        return new ProfileHistory(
            identity.PersonId, identity.Handle, identity.DisplayName, identity.Bio, identity.Location, identity.Website, changes);
    }
}
