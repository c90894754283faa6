using Rapport.Core.Connections;
using Rapport.Core.Lists;

namespace Rapport.Core.Search;

/// <summary>
/// Full-text search over everyone the ledger knows: bios, names, handles, locations and posts. An interest
/// filter is read through the interest taxonomy (<see cref="InterestQueryExpander"/>), not as a raw keyword.
/// </summary>
public sealed class ProfileSearchService(IProfileSearchStore store, IContactListStore lists, IInterestLexiconSource lexicon)
{
    /// <summary>What an interest stands for in a search: its topics and the terms looked for.</summary>
    /// <exception cref="SearchQueryException">The taxonomy does not know the interest.</exception>
    public InterestExpansion ExpandInterest(string interest) => InterestQueryExpander.Expand(lexicon.Lexicon, interest);

    public async Task<IReadOnlyList<ProfileSearchHit>> SearchAsync(ProfileSearchRequest request, CancellationToken cancellationToken)
    {
        SearchText? interest = null;
        if (request.Interest is not null)
        {
            interest = ExpandInterest(request.Interest).ToSearchText();
        }

        var text = SearchText.Parse(request.Text);
        if (text.IsEmpty && interest is null)
        {
            throw new SearchQueryException("Give at least one word to find (a leading '-' only excludes), or an interest.");
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

        // An interest alone is the search: its terms rank the people, and as a filter they keep every match ranked.
        var query = new ProfileSearchQuery(text.IsEmpty ? interest! : text)
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
