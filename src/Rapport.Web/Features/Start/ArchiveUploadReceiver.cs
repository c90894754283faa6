using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Start;

/// <summary>
/// Receives an archive upload as a stream: multipart sections are read one by one and the file is copied to
/// a temporary file while its size is counted, so neither memory nor disk grows past the configured bound.
/// The archive is then imported exactly as the CLI imports a file, and the temporary file deleted.
/// </summary>
public sealed class ArchiveUploadReceiver(
    ArchiveImportService imports,
    IAntiforgery antiforgery,
    IOptions<WebOptions> options,
    ITempDataDictionaryFactory tempDataFactory)
{
    public const string FormPath = "/start/x-archive";
    public const string FileField = "archive";
    public const string IncludeDmTextField = "includeDmText";
    private const int MaxFieldBytes = 8 * 1024;

    /// <summary>
    /// The page's form posts here. Without JavaScript the browser answers with a redirect to the people it
    /// imported; the page's script asks for JSON and shows progress while the bytes go up.
    /// </summary>
    public static async Task<IResult> HandleFormAsync(HttpContext http, ArchiveUploadReceiver receiver, CancellationToken cancellationToken)
    {
        var summary = await receiver.ImportAsync(http, tokenInForm: true, cancellationToken);
        var message = Describe(summary);
        var temp = receiver.TempData(http);
        temp["Status"] = message;
        temp.Save();
        return http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Ok(new UploadAnswer(message, "/people"))
            : TypedResults.Redirect("/people");
    }

    /// <summary>
    /// Reads the upload and imports it. With <paramref name="tokenInForm"/> the antiforgery token may come
    /// as the first form field (a plain HTML form); it must then precede the file, since the file is never
    /// buffered to look for a token after it.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(HttpContext http, bool tokenInForm, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxArchiveUploadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            // The form fields and multipart boundaries need a little room beyond the file itself.
            bodySize.MaxRequestBodySize = limit + (64 * 1024);
        }

        if (http.Request.ContentLength is { } declared && declared > limit + (64 * 1024))
        {
            throw TooLarge(limit);
        }

        var boundary = HeaderUtilities.RemoveQuotes(
            MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType) ? mediaType.Boundary : default).Value;
        if (string.IsNullOrEmpty(boundary) || !http.Request.HasFormContentType)
        {
            throw new BadHttpRequestException("Send the archive as multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        var includeDmText = false;
        var tokenChecked = !tokenInForm || http.Request.Headers.ContainsKey(ApiAntiforgery.HeaderName);
        if (tokenChecked && tokenInForm)
        {
            await ValidateAsync(http);
        }

        var reader = new MultipartReader(boundary, http.Request.Body);
        string? file = null;
        try
        {
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition() && string.Equals(name, FileField, StringComparison.Ordinal))
                {
                    if (!tokenChecked)
                    {
                        throw new BadHttpRequestException("The antiforgery token must come before the file.", StatusCodes.Status400BadRequest);
                    }

                    file ??= await CopyBoundedAsync(section.Body, options.Value.UploadFolder ?? Path.GetTempPath(), limit, cancellationToken);
                }
                else if (disposition.IsFormDisposition())
                {
                    var value = await ReadFieldAsync(section, cancellationToken);
                    if (string.Equals(name, ApiAntiforgery.FormFieldName, StringComparison.Ordinal) && !tokenChecked)
                    {
                        http.Request.Headers[ApiAntiforgery.HeaderName] = value;
                        await ValidateAsync(http);
                        tokenChecked = true;
                    }
                    else if (string.Equals(name, IncludeDmTextField, StringComparison.Ordinal))
                    {
                        includeDmText = value is "true" or "on" or "1";
                    }
                }
            }

            if (file is null)
            {
                throw new BadHttpRequestException($"No file in the field '{FileField}'.", StatusCodes.Status400BadRequest);
            }

            return await imports.ImportAsync(file, SocialNetwork.X, new ArchiveImportOptions { IncludeDirectMessageText = includeDmText }, cancellationToken);
        }
        finally
        {
            if (file is not null)
            {
                File.Delete(file);
            }
        }
    }

    private ITempDataDictionary TempData(HttpContext http) => tempDataFactory.GetTempData(http);

    private async Task ValidateAsync(HttpContext http)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new BadHttpRequestException("The antiforgery token was refused: reload the page and try again.", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<string> CopyBoundedAsync(Stream source, string folder, long limit, CancellationToken cancellationToken)
    {
        // The archive reader recognises a ZIP by its content, not its name, so the extension only helps a person reading /tmp.
        var path = Path.Combine(folder, "rapport-upload-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    throw TooLarge(limit);
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var length = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxFieldBytes)
            {
                throw new BadHttpRequestException("A form field is too long.", StatusCodes.Status400BadRequest);
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The archive is larger than the limit of {limit} bytes (Web:MaxArchiveUploadBytes)."), StatusCodes.Status413PayloadTooLarge);

    private static string Describe(ImportSummary summary)
    {
        if (!summary.ChangedAnything)
        {
            return "This archive was imported before: nothing changed.";
        }

        var parts = summary.Kinds.Where(kind => kind.New + kind.Updated > 0)
            .Select(kind => string.Create(CultureInfo.InvariantCulture, $"{kind.New + kind.Updated} {kind.Kind}"));
        return "Imported " + string.Join(", ", parts) + ".";
    }
}
