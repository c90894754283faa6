using Microsoft.Extensions.Logging;
using Rapport.Core.Connections;

namespace Rapport.Storage.Connections;

/// <summary>
/// The built-in lexicon with the user's <c>synonyms.tsv</c> on top, read once from the data folder (beside the
/// SQLite file). A file that cannot be read is reported and ignored rather than failing every command.
/// </summary>
internal sealed partial class FileInterestLexiconSource(StorageOptions options, ILogger<FileInterestLexiconSource> logger) : IInterestLexiconSource
{
    public const string FileName = "synonyms.tsv";

    private const long MaxBytes = 1_000_000;

    private readonly Lazy<InterestLexicon> _lexicon = new(() => Load(options, logger));

    public InterestLexicon Lexicon => _lexicon.Value;

    public static string PathIn(StorageOptions options) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ResolvedSqlitePath)) ?? ".", FileName);

    private static InterestLexicon Load(StorageOptions options, ILogger logger)
    {
        var path = PathIn(options);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return InterestLexicon.Default;
            }

            if (file.Length > MaxBytes)
            {
                LogIgnored(logger, path, "it is larger than 1 MB");
                return InterestLexicon.Default;
            }

            return InterestLexicon.Create(File.ReadAllText(path));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            LogIgnored(logger, path, error.Message);
            return InterestLexicon.Default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The synonym list {Path} was ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string path, string reason);
}
