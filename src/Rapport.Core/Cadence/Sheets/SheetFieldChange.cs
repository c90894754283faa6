namespace Rapport.Core.Cadence.Sheets;

/// <summary>One column of one row that differs from what the workspace holds.</summary>
public sealed record SheetFieldChange(string Column, string? Before, string? After);
