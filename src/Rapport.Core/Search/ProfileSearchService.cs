using Rapport.Core.Lists;

namespace Rapport.Core.Search;

/// <summary>Full-text search over everyone the ledger knows: bios, names, handles, locations and posts.</summary>
public sealed class ProfileSearchService(IProfileSearchStore store, IContactListStore lists)
{
    public async Task<IReadOnlyList<ProfileSearchHit>> SearchAsync(ProfileSearchRequest request, CancellationToken cancellationToken)
    {
        var text = SearchText.Parse(request.Text);
        if (text.IsEmpty)
        {
            throw new SearchQueryException("Give at least one word to find (a leading '-' only excludes).");
        }

        if (request.Limit is < 1 or > ProfileSearchQuery.MaxLimit)
        {
            throw new SearchQueryException($"The limit must be 1 to {ProfileSearchQuery.MaxLimit}.");
        }

        long? listId = null;
        if (!string.IsNullOrWhiteSpace(request.ListName))
        {
            listId = (await lists.FindAsync(request.ListName, cancellationToken)
                ?? throw new SearchQueryException($"There is no list named \"{request.ListName.Trim()}\".")).Id;
        }

        SearchText? interest = null;
        if (!string.IsNullOrWhiteSpace(request.Interest))
        {
            interest = SearchText.Parse(request.Interest);
            if (interest.IsEmpty)
            {
                throw new SearchQueryException("The interest needs at least one word.");
            }
        }

        var query = new ProfileSearchQuery(text)
        {
            ListId = listId,
            Follows = request.Follows,
            Location = string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            Interest = interest,
            IncludePosts = request.IncludePosts,
            Limit = request.Limit,
        };
        return await store.SearchAsync(query, cancellationToken);
    }
}
