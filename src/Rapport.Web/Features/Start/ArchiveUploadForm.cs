namespace Rapport.Web.Features.Start;

/// <summary>Describes the multipart upload in the OpenAPI document; the body itself is read as a stream.</summary>
public sealed record ArchiveUploadForm(bool IncludeDmText, IFormFile Archive);
