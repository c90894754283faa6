namespace Rapport.Core.Contacts;

/// <summary>A page of the listing; <see cref="Next"/> is the opaque cursor of the page after it, null on the last.</summary>
public sealed record ContactPage(IReadOnlyList<ContactSummary> People, string? Next);
