namespace Rapport.Core.Connections;

/// <summary>Why two people could click. Stored by name, so members may be added but never renamed.</summary>
public enum ConnectionKind
{
    SharedInterest,
    SameIndustryOrRole,
    SamePlace,
    SameTimeZone,
    MutualFollows,
    SharedChats,
    EngagedWithYou,
    SharedLink,
}
