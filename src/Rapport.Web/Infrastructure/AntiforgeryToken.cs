namespace Rapport.Web.Infrastructure;

/// <summary>The answer of <c>GET /api/antiforgery</c>: send <see cref="Token"/> in the header <see cref="HeaderName"/>.</summary>
public sealed record AntiforgeryToken(string HeaderName, string Token);
