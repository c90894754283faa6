using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Rapport.Core.Administration;
using Rapport.Core.Import;
using Rapport.Core.Lists;

namespace Rapport.Web.Infrastructure;

/// <summary>
/// Turns failures into ProblemDetails: the domain's own refusals keep their message and a fitting status;
/// anything unexpected is a 500 with a fixed sentence, so no stack trace or internal detail leaves the
/// process. Pages (HTML requests outside <c>/api</c>) fall through to the error page.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Describe(exception);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (!httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && WantsHtml(httpContext.Request))
        {
            return false;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (int Status, string Title, string? Detail) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", bad.Message),
        ArchiveFormatException format => (StatusCodes.Status422UnprocessableEntity, "The archive could not be read; nothing was imported.", format.Message),
        ContactListException list => (StatusCodes.Status409Conflict, "The list cannot be changed that way.", list.Message),
        DatabaseNotReadyException notReady => (StatusCodes.Status503ServiceUnavailable, "The database needs migrating.", notReady.Message),
        OperationCanceledException => (499, "The request was cancelled.", null),
        _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side.", null),
    };

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
