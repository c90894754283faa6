namespace Rapport.Core.Contacts;

/// <summary>Orders an index serves, so a page costs the same wherever it starts.</summary>
public enum ContactSort
{
    /// <summary>By handle (case-insensitive), people known only by id last.</summary>
    Handle,

    /// <summary>The most recently added first.</summary>
    Newest,
}
