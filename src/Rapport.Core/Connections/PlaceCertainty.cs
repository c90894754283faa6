namespace Rapport.Core.Connections;

/// <summary>How sure the gazetteer is about a location string.</summary>
public enum PlaceCertainty
{
    /// <summary>Empty, or nothing the gazetteer knows.</summary>
    Unknown,

    /// <summary>A joke or a non-answer ("Earth", "the internet"): no place is claimed.</summary>
    NotAPlace,

    /// <summary>Several places share the name ("Portland") and nothing in the string or the time zone decides.</summary>
    Ambiguous,

    Known,
}
