namespace Rapport.Web.Infrastructure;

/// <summary>
/// What a feature's action gives both faces of the web app: a value, validation errors by field, or "not
/// found". Pages turn it into model errors and a message; the API into 200, a ValidationProblem or a 404.
/// </summary>
public sealed class Outcome<T>
{
    internal Outcome(T? value, IReadOnlyDictionary<string, string[]>? errors, string? notFound)
    {
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
        NotFound = notFound;
    }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Why nothing was found, when nothing was.</summary>
    public string? NotFound { get; }

    public bool Succeeded => NotFound is null && Errors.Count == 0;

    /// <summary>The API's answer: the value as JSON, or the problem.</summary>
    public IResult ToHttpResult() =>
        NotFound is { } missing ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: missing)
        : Errors.Count > 0 ? TypedResults.ValidationProblem(Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        : TypedResults.Ok(Value);

    public string FirstError => NotFound ?? Errors.Values.SelectMany(messages => messages).FirstOrDefault() ?? string.Empty;
}
