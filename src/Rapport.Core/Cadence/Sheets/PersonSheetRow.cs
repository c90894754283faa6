namespace Rapport.Core.Cadence.Sheets;

/// <summary>
/// One person as a spreadsheet row. <see cref="PersonId"/> is the stable id that ties an edited row back to
/// its person (empty for a person the sheet adds). <see cref="Cadence"/> is the person's own setting: empty
/// when they inherit from their lists, <see cref="OffCadence"/> when turned off. <see cref="LastTouch"/> and
/// <see cref="NextDue"/> are derived and only informative: an import ignores them. <see cref="Tags"/> match
/// case-insensitively, as <see cref="Tags.TagName"/> says.
/// </summary>
public sealed record PersonSheetRow(
    long? PersonId,
    IReadOnlyList<string> Handles,
    string? DisplayName,
    IReadOnlyList<string> Lists,
    string? Cadence,
    DateOnly? LastTouch,
    DateOnly? NextDue,
    string? Notes)
{
    public const string OffCadence = "off";

    public IReadOnlyList<string> Tags { get; init; } = [];
}
