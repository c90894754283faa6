namespace Rapport.Core.Contacts;

/// <summary>
/// A page of people. <see cref="Text"/>, when given, matches handles, names, bios and locations
/// (case-insensitive, as a substring).
/// </summary>
public sealed record ContactQuery(string? Text = null, int Skip = 0, int Take = 50)
{
    public const int MaxTake = 1000;
}
