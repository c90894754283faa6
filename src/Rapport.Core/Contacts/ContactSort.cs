namespace Rapport.Core.Contacts;

/// <summary>Orders of the people listing; all but <see cref="MostTouched"/> page by an index range.</summary>
public enum ContactSort
{
    /// <summary>By handle (case-insensitive), people known only by id last.</summary>
    Handle,

    /// <summary>The most recently added first.</summary>
    Newest,

    /// <summary>
    /// The most touched first, ties and the untouched by handle. Every page counts the touches in one grouped
    /// pass over the touch index and pages by offset, so it suits a terminal's screens rather than paging
    /// through a large ledger; no cursor.
    /// </summary>
    MostTouched,
}
