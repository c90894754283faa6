namespace Rapport.Core.Profiles;

/// <summary>
/// What a profile file says about itself before it is read: <see cref="ContentKey"/> identifies its content
/// and whatever its name adds to its meaning (whose follower list it is), not its path or file times;
/// <see cref="RetrievedAt"/> is the newest time the file records for when its responses were fetched, when
/// it records one (twarc2 stamps every response).
/// </summary>
public sealed record ProfileFileFacts(string ContentKey, DateTimeOffset? RetrievedAt);
