namespace Rapport.Core.Connections;

/// <summary>Touches both ways between the ego and a person, with a few of their own words as examples.</summary>
public sealed record Engagement(int Inbound, int Outbound, DateTimeOffset? LastInbound, DateTimeOffset? LastOutbound)
{
    public static Engagement None { get; } = new(0, 0, null, null);
}
