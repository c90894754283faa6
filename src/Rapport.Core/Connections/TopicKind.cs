namespace Rapport.Core.Connections;

public enum TopicKind
{
    Interest,
    Role,
    Industry,
}
