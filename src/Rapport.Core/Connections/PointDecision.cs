namespace Rapport.Core.Connections;

public enum PointDecision
{
    Confirmed,
    Dismissed,
}
