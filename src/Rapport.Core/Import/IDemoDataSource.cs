namespace Rapport.Core.Import;

/// <summary>Writes a generated, realistic sample account (an archive and the profiles it names only by id).</summary>
public interface IDemoDataSource
{
    Task<DemoDataSet> CreateAsync(string folder, int seed, CancellationToken cancellationToken);
}
