namespace Rapport.Core.Connections;

public enum PlaceLevel
{
    City,
    Region,
    Country,
    TimeZone,
}
