namespace Rapport.Core.Profiles;

/// <summary>Implemented by the storage: the history imports keep of bios, names, locations and websites.</summary>
public interface IProfileHistoryStore
{
    /// <summary>The history of the person with this handle (a leading '@' is ignored), or null when no one has it.</summary>
    Task<ProfileHistory?> FindByHandleAsync(string handle, CancellationToken cancellationToken);
}
