namespace Rapport.Web.Features.Compose;

public sealed record FetchArticleRequest(string? Url);
