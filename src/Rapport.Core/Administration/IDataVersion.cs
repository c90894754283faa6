namespace Rapport.Core.Administration;

/// <summary>
/// Tells whether the database may have changed since it was last asked, whoever wrote to it: this process through
/// any of its connections, or another process (the CLI) on the same file. Readers that keep what they read use it
/// to know when that is out of date.
/// </summary>
public interface IDataVersion
{
    /// <summary>
    /// A number that differs from every earlier answer once a write has been committed since; the same number
    /// means nothing was committed in between. Null where the engine cannot tell, so nothing may be kept.
    /// </summary>
    long? Read();
}
