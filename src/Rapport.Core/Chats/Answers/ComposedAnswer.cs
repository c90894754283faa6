namespace Rapport.Core.Chats.Answers;

/// <summary>The post to send; <see cref="Trimmed"/> says the user's words were shortened to fit.</summary>
public sealed record ComposedAnswer(string Text, bool Trimmed);
