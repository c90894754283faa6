namespace Rapport.Core.Curation;

/// <summary>Finds the person behind a credited handle, on the network the handle belongs to, never the user's own accounts.</summary>
public interface ICreditDirectory
{
    Task<CreditedContact?> FindAsync(CreditHandle handle, CancellationToken cancellationToken);
}
