namespace Rapport.Web.Infrastructure;

/// <summary>Makes an <see cref="Outcome{T}"/>.</summary>
public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) => new(value, null, null);

    public static Outcome<T> Invalid<T>(string field, string message) =>
        new(default, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] }, null);

    public static Outcome<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) => new(default, errors, null);

    public static Outcome<T> Missing<T>(string message) => new(default, null, message);
}
