using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Core.Profiles;

/// <summary>
/// Imports saved user look-ups (profiles, their recent posts, follower and following lists) into the
/// ledger in one atomic, idempotent session: a malformed file anywhere leaves the ledger as it was.
/// </summary>
public sealed class ProfileImportService(
    IProfileFileReader reader,
    ILedgerImporter importer,
    ILogger<ProfileImportService> logger)
{
    public async Task<ImportSummary> ImportAsync(string path, ProfileImportOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var files = reader.ListFiles(path);
        if (files.Count == 0)
        {
            throw new ArchiveFormatException(path, "holds no .json, .jsonl or .ndjson files");
        }

        var totalBytes = files.Sum(file => file.Length);

        // A saved response carries no date of its own: the newest file's time stands for when it was true,
        // so that reading the same files again stamps the same time and changes nothing.
        // Whole seconds: file times carry ticks that an engine storing microseconds would round, and a rounded
        // time read back would count as a change.
        var newest = files.Max(file => file.LastWriteTimeUtc);
        var observedAt = new DateTimeOffset(newest.AddTicks(-(newest.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
        var source = files.Count == 1 ? files[0].FullName : Path.GetFullPath(path);
        await using var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, source, observedAt), cancellationToken);

        long before = 0;
        foreach (var file in files)
        {
            var offset = before;
            var progress = options.Progress is { } target
                ? new Progress(bytes => target.Report(new ImportProgress(file.Name, offset + bytes, totalBytes)))
                : null;
            await foreach (var item in reader.ReadAsync(file, options.Owner, progress, cancellationToken))
            {
                if (item.Profile is { } profile)
                {
                    await session.AddProfileAsync(profile, cancellationToken);
                }

                if (item.Post is { } post)
                {
                    await session.AddPostAsync(post, cancellationToken);
                }

                if (item.Follow is { } follow)
                {
                    await session.AddFollowAsync(follow, cancellationToken);
                }
            }

            before += file.Length;
        }

        options.Progress?.Report(new ImportProgress("saving", totalBytes, totalBytes));
        var summary = await session.CommitAsync(cancellationToken);
        summary = summary with { Elapsed = Stopwatch.GetElapsedTime(started) };
        logger.LogInformation("Imported {Count} profile files in {Elapsed}", files.Count, summary.Elapsed);
        return summary;
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
