namespace Rapport.Core.Contacts;

/// <summary>Orders of the people listing; all but <see cref="MostTouched"/> page by an index range.</summary>
public enum ContactSort
{
    /// <summary>By handle (case-insensitive), people known only by id last.</summary>
    Handle,

    /// <summary>The most recently added first.</summary>
    Newest,

    /// <summary>
    /// The most touched first, ties by handle. No index serves it: every page counts every listed person's
    /// touches and pages by offset, so it suits a terminal's screens rather than paging through a large
    /// ledger; no cursor.
    /// </summary>
    MostTouched,
}
