namespace Rapport.Core.Connections;

/// <summary>Where a piece of evidence was read.</summary>
public enum EvidenceSource
{
    Bio,
    DisplayName,
    Location,
    TimeZone,
    Website,
    Post,
    Reply,
    Site,
    ChatTranscript,
    Follows,
    Touches,
}
