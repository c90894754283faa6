namespace Rapport.Core.Contacts;

/// <summary>
/// A page of people. <see cref="Text"/>, when given, matches handles, names, bios and locations
/// (case-insensitive, as a substring). <see cref="After"/> is the <see cref="ContactPage.Next"/> cursor of the
/// previous page: paging by cursor stays as fast on the thousandth page as on the first, where
/// <see cref="Skip"/> walks every skipped row. The remaining properties narrow the listing; null means either.
/// </summary>
public sealed record ContactQuery(string? Text = null, int Skip = 0, int Take = 50)
{
    public const int MaxTake = 1000;

    public ContactSort Sort { get; init; } = ContactSort.Handle;

    public string? After { get; init; }

    /// <summary>Only members of the list with this name (case-insensitive).</summary>
    public string? ListName { get; init; }

    /// <summary>Only people who have (true) or have not (false) a cadence in effect.</summary>
    public bool? HasCadence { get; init; }

    public bool? FollowsYou { get; init; }

    public bool? YouFollow { get; init; }

    /// <summary>
    /// Only people carrying every one of these tags (case-insensitive, a leading '#' dropped). A tag no one
    /// carries gives an empty listing; <see cref="Tags.ITagStore.FindUnusedAsync"/> tells which those are.
    /// </summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
