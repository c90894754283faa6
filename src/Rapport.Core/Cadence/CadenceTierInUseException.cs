using System.Globalization;

namespace Rapport.Core.Cadence;

/// <summary>A tier cannot be removed while people or lists still have it; the message says how many.</summary>
public sealed class CadenceTierInUseException : InvalidOperationException
{
    public CadenceTierInUseException()
    {
    }

    public CadenceTierInUseException(string message)
        : base(message)
    {
    }

    public CadenceTierInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CadenceTierInUseException(string tier, int people, int lists)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"The tier \"{tier}\" is in use by {people} {(people == 1 ? "person" : "people")} and {lists} {(lists == 1 ? "list" : "lists")}; give them another cadence first."))
    {
        Tier = tier;
        People = people;
        Lists = lists;
    }

    public string? Tier { get; }

    public int People { get; }

    public int Lists { get; }
}
