namespace Rapport.Web.Infrastructure;

/// <summary>An entry of the main navigation; <see cref="Order"/> keeps the practices in their agreed order.</summary>
public sealed record NavigationItem(string Label, string Path, int Order);
