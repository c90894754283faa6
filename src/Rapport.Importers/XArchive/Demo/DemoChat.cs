namespace Rapport.Importers.XArchive.Demo;

/// <summary>A recurring hashtag chat: weekly at a local hour, with questions (Q1:) and the ego's answers (A1:).</summary>
internal sealed record DemoChat(string Hashtag, DayOfWeek Day, int LocalHour, string TimeZone, string[] Questions, string[] Answers);
