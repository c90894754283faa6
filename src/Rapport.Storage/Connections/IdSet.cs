using System.Globalization;

namespace Rapport.Storage.Connections;

/// <summary>
/// A set of ids bound as ONE parameter, however many there are: a JSON array read with <c>json_each</c> on
/// SQLite, a <c>bigint[]</c> on PostgreSQL. Statements join against it in SQL instead of carrying one
/// parameter per id.
/// </summary>
internal sealed class IdSet
{
    private readonly bool _postgres;

    private IdSet(bool postgres) => _postgres = postgres;

    /// <summary>The literal for true in a boolean comparison on this engine.</summary>
    public string True => _postgres ? "TRUE" : "1";

    public static IdSet For(RapportDbContext context) =>
        new(context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true);

    /// <summary>A condition: <paramref name="column"/> is one of the ids bound as <paramref name="parameter"/>.</summary>
    public string Contains(string column, string parameter) => _postgres
        ? $"{column} = ANY(@{parameter})"
        : $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    /// <summary>The people (<c>@people</c>) and the ego's identities (<c>@egos</c>) as parameters.</summary>
    public (string, object?)[] Parameters(long[] people, long[] egos) => _postgres
        ? [("people", people), ("egos", egos)]
        : [("people", JsonArray(people)), ("egos", JsonArray(egos))];

    /// <summary>Any other set of ids, bound the same way under <paramref name="name"/>.</summary>
    public (string, object?) Parameter(string name, long[] ids) => _postgres ? (name, ids) : (name, JsonArray(ids));

    private static string JsonArray(long[] ids) =>
        "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
}
