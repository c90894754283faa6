namespace Rapport.Web.Features.Start;

/// <summary>What the page's upload script receives: a sentence to show and where to go next.</summary>
public sealed record UploadAnswer(string Message, string Next);
