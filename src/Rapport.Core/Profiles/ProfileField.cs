namespace Rapport.Core.Profiles;

/// <summary>The parts of a profile whose history is kept.</summary>
public enum ProfileField
{
    Handle,
    DisplayName,
    Bio,
    Location,
    Website,
}
