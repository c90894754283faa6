namespace Rapport.Core.Import;

public sealed record DemoDataSet(string ArchivePath, IReadOnlyList<ProfileRecord> Profiles);
