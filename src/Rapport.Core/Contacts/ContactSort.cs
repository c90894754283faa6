namespace Rapport.Core.Contacts;

/// <summary>Orders of the people listing; all but <see cref="MostTouched"/> page by an index range.</summary>
public enum ContactSort
{
    /// <summary>By handle (case-insensitive), people known only by id last.</summary>
    Handle,

    /// <summary>The most recently added first.</summary>
    Newest,

    /// <summary>
    /// The most touched first, ties by handle. The ledger keeps each person's touch count, so a page reads
    /// its own rows; it pages by offset (a skip walks the skipped rows), no cursor.
    /// </summary>
    MostTouched,
}
