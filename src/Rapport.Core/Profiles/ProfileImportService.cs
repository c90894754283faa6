using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Core.Profiles;

/// <summary>
/// Imports saved user look-ups (profiles, their recent posts, follower and following lists) into the
/// ledger in one atomic, idempotent session: a malformed file anywhere leaves the ledger as it was.
/// Follow edges and profile changes are stamped, file by file, with when the data was true, taken from the
/// data itself: the time a file's responses were retrieved where it records one, else the time of the import;
/// files whose content was imported before (a copy, a touched file) are recognised by their content and change
/// nothing, not even the window in which a follow was seen.
/// </summary>
public sealed class ProfileImportService(
    IProfileFileReader reader,
    ILedgerImporter importer,
    TimeProvider clock,
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

        var facts = new List<ProfileFileFacts>(files.Count);
        foreach (var file in files)
        {
            facts.Add(await reader.InspectAsync(file, cancellationToken));
        }

        // File times say when a file was copied or touched, not when its data was true: a copy would widen
        // every follow's seen window. The retrieval time a file records says it; failing one, the import itself
        // is that file's observation, and only new content is imported at all. Files are read oldest first, so
        // that a bio changed between two look-ups is kept as the change it was, not undone by the older file.
        var importedAt = clock.GetUtcNow();
        var stamped = files.Zip(facts, (file, fact) => (File: file, ObservedAt: WholeSeconds(fact.RetrievedAt ?? importedAt)))
            .OrderBy(entry => entry.ObservedAt)
            .ToList();
        var source = files.Count == 1 ? files[0].FullName : Path.GetFullPath(path);
        var sessionOptions = new ImportSessionOptions(SocialNetwork.X, source, stamped[^1].ObservedAt)
        {
            Fingerprint = Fingerprint(facts, options.Owner),
        };

        if (!options.Force && await importer.FindCompletedAsync(sessionOptions.Fingerprint, cancellationToken) is { } earlier)
        {
            var unchanged = new ImportSummary(
                source,
                [.. earlier.Kinds.Select(kind => new ImportKindCounts(kind.Kind, 0, 0, kind.Total))],
                Stopwatch.GetElapsedTime(started));
            await importer.RecordSkippedAsync(sessionOptions, unchanged, cancellationToken);
            logger.LogInformation("Skipped reading {Count} profile files: the same content was imported before", files.Count);
            return unchanged;
        }

        await using var session = await importer.BeginAsync(sessionOptions, cancellationToken);

        long before = 0;
        foreach (var (file, observedAt) in stamped)
        {
            session.ObserveAt(observedAt);
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

    /// <summary>
    /// Whole seconds: an engine storing microseconds would round finer times, and a rounded time read back would
    /// count as a change.
    /// </summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTimeOffset(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
    }

    /// <summary>The files' contents in name order and the owner they were read for; not their paths or times.</summary>
    private static string Fingerprint(List<ProfileFileFacts> facts, FollowListOwner? owner)
    {
        var text = new StringBuilder("x-users/1\n");
        foreach (var fact in facts)
        {
            text.Append(fact.ContentKey).Append('\n');
        }

        if (owner is not null)
        {
            text.Append("owner:").Append(owner.Kind).Append(':').Append(owner.Account.ExternalId).Append(':').Append(owner.Account.Handle);
        }

        return "x-users:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
