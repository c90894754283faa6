namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// How regularly a person comes to a chat: of all its sessions (<see cref="Rate"/>), and of those held since the
/// person first came (<see cref="RateSinceFirst"/>), so a newcomer who never misses one scores 1 there.
/// </summary>
public sealed record AttendanceRate(string PersonId, string ChatId, int Attended, int Held, int HeldSinceFirst)
{
    public double Rate => Held == 0 ? 0 : Attended / (double)Held;

    public double RateSinceFirst => HeldSinceFirst == 0 ? 0 : Attended / (double)HeldSinceFirst;
}
