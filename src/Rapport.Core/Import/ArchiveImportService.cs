using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>
/// Reads an account archive and writes it, with the touches derived from it, into the ledger in one
/// atomic session. A failure anywhere (bad input, cancellation, a kill) leaves the ledger as it was.
/// </summary>
public sealed class ArchiveImportService(
    ISocialArchiveReader reader,
    ILedgerImporter importer,
    TimeProvider clock,
    ILogger<ArchiveImportService> logger)
{
    public async Task<ImportSummary> ImportAsync(
        string path,
        SocialNetwork network,
        ArchiveImportOptions options,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var stage = "opening";
        var bytesRead = new ForwardingProgress();
        var readOptions = new ArchiveReadOptions
        {
            IncludeDirectMessageText = options.IncludeDirectMessageText,
            BytesRead = options.Progress is null ? null : bytesRead,
        };

        await using var archive = await reader.OpenAsync(path, readOptions, cancellationToken);
        if (options.Progress is { } progress)
        {
            var total = archive.TotalBytes;
            bytesRead.Target = bytes => progress.Report(new ImportProgress(stage, bytes, total));
        }

        var observedAt = archive.GeneratedAt ?? clock.GetUtcNow();
        var sessionOptions = new ImportSessionOptions(network, archive.Source, observedAt)
        {
            Fingerprint = archive.ContentFingerprint is { } content
                ? content + (options.IncludeDirectMessageText ? "+dm-text" : string.Empty)
                : null,
        };

        // The very same archive, read the same way, was imported before: its records are all in the ledger.
        if (!options.Force && sessionOptions.Fingerprint is { } fingerprint
            && await importer.FindCompletedAsync(fingerprint, cancellationToken) is { } earlier)
        {
            var unchanged = new ImportSummary(
                archive.Source,
                [.. earlier.Kinds.Select(kind => new ImportKindCounts(kind.Kind, 0, 0, kind.Total))],
                Stopwatch.GetElapsedTime(started));
            await importer.RecordSkippedAsync(sessionOptions, unchanged, cancellationToken);
            logger.LogInformation("Skipped reading {Source}: the same archive was imported before", archive.Source);
            return unchanged;
        }

        await using var session = await importer.BeginAsync(sessionOptions, cancellationToken);
        var touches = new TouchDeriver(archive.Ego.ExternalId, network);

        await session.SetEgoAsync(archive.Ego, cancellationToken);

        stage = "posts";
        await foreach (var post in archive.ReadPostsAsync(cancellationToken))
        {
            await session.AddPostAsync(post, cancellationToken);
            foreach (var touch in touches.FromPost(post))
            {
                await session.AddTouchAsync(touch, cancellationToken);
            }
        }

        stage = "follows";
        await foreach (var follow in archive.ReadFollowsAsync(cancellationToken))
        {
            await session.AddFollowAsync(follow, cancellationToken);
        }

        stage = "likes";
        await foreach (var like in archive.ReadLikesAsync(cancellationToken))
        {
            await session.AddLikeAsync(like, cancellationToken);
        }

        stage = "direct messages";
        await foreach (var message in archive.ReadDirectMessagesAsync(cancellationToken))
        {
            await session.AddDirectMessageAsync(message, cancellationToken);
            foreach (var touch in touches.FromDirectMessage(message))
            {
                await session.AddTouchAsync(touch, cancellationToken);
            }
        }

        stage = "lists";
        await foreach (var membership in archive.ReadListMembershipsAsync(cancellationToken))
        {
            await session.AddListMembershipAsync(membership, cancellationToken);
        }

        stage = "saving";
        options.Progress?.Report(new ImportProgress(stage, archive.TotalBytes, archive.TotalBytes));
        var summary = await session.CommitAsync(cancellationToken);
        summary = summary with { Elapsed = Stopwatch.GetElapsedTime(started) };
        logger.LogInformation(
            "Imported {Network} archive in {Elapsed}: changed anything: {Changed}",
            network,
            summary.Elapsed,
            summary.ChangedAnything);
        return summary;
    }

    /// <summary>Lets the progress target be set once the archive's total size is known.</summary>
    private sealed class ForwardingProgress : IProgress<long>
    {
        public Action<long>? Target { get; set; }

        public void Report(long value) => Target?.Invoke(value);
    }
}
