namespace Rapport.Core.Cadence;

public enum CadenceSource
{
    Person,
    List,
}
