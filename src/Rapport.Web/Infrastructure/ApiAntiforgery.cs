using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rapport.Web.Infrastructure;

/// <summary>
/// Every state-changing <c>/api</c> call carries an antiforgery token in a header, paired with its cookie:
/// another site open in the same browser can make the browser send a request to 127.0.0.1 but cannot read
/// a token. Only the header is read (never the form), so a large body is never buffered to find a token.
/// Scripts and other clients fetch a token with <c>GET /api/antiforgery</c>.
/// </summary>
internal sealed class ApiAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "RequestVerificationToken";
    public const string FormFieldName = "__RequestVerificationToken";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
        {
            return await next(context);
        }

        if (!http.Request.Headers.ContainsKey(HeaderName))
        {
            return Refused("The " + HeaderName + " header is missing: get a token from GET /api/antiforgery.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Refused("The antiforgery token does not match its cookie: get a new one from GET /api/antiforgery.");
        }

        return await next(context);
    }

    public static void MapTokenEndpoint(RouteGroupBuilder api) =>
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryToken(HeaderName, tokens.RequestToken!));
            })
            .WithTags("Antiforgery")
            .WithSummary("A token for the " + HeaderName + " header of state-changing calls (its cookie is set too).");

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token refused.", detail: detail);
}
