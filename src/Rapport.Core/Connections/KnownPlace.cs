namespace Rapport.Core.Connections;

/// <summary>A place of the gazetteer: a city, a state or province, a country, or a time-zone hint ("PST").</summary>
public sealed record KnownPlace(string Id, PlaceLevel Level, string Name, string? Region, string? Country, string? TimeZone)
{
    /// <summary>"Portland, OR, US": enough to tell namesakes apart.</summary>
    public string Display => Level switch
    {
        PlaceLevel.City => string.Join(", ", new[] { Name, Region, Country }.Where(part => !string.IsNullOrEmpty(part))),
        PlaceLevel.Region => Country is null ? Name : $"{Name}, {Country}",
        _ => Name,
    };
}
