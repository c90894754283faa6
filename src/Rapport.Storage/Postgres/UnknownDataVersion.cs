using Rapport.Core.Administration;

namespace Rapport.Storage.Postgres;

/// <summary>PostgreSQL offers no cheap counter of commits to a database, so readers keep nothing and read again.</summary>
internal sealed class UnknownDataVersion : IDataVersion
{
    public long? Read() => null;
}
