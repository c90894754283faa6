namespace Rapport.Core.Chats.Scheduling;

public enum ScheduleFrequency
{
    Daily,
    Weekly,
    Monthly,
}
