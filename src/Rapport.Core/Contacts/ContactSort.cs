namespace Rapport.Core.Contacts;

/// <summary>Orders of the people listing; all but <see cref="MostTouched"/> are served by an index.</summary>
public enum ContactSort
{
    /// <summary>By handle (case-insensitive), people known only by id last.</summary>
    Handle,

    /// <summary>The most recently added first.</summary>
    Newest,

    /// <summary>
    /// The most touched first. No index serves it: every page counts every person's touches and pages by
    /// offset, so it suits a terminal's first screen, not a listing paged through a large ledger; no cursor.
    /// </summary>
    MostTouched,
}
