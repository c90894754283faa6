using Rapport.Core.Import;

namespace Rapport.Core.Profiles;

public sealed record ProfileImportOptions
{
    /// <summary>Whose follower or following list the files are, when neither their names nor their contents say.</summary>
    public FollowListOwner? Owner { get; init; }

    /// <summary>Read the files even when the same content was imported before.</summary>
    public bool Force { get; init; }

    /// <summary>Receives (bytes read, total bytes) while the files are read.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
