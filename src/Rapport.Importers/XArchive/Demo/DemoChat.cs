namespace Rapport.Importers.XArchive.Demo;

/// <summary>A recurring hashtag chat: weekly at a local hour, with questions (Q1:) and the ego's answers (A1:).</summary>
/// <remarks>The standard offset stands in for the zone where the machine has no time-zone data.</remarks>
internal sealed record DemoChat(string Hashtag, DayOfWeek Day, int LocalHour, string TimeZone, int StandardOffsetHours, string[] Questions, string[] Answers);
