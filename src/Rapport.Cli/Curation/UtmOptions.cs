using System.CommandLine;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Curation;

namespace Rapport.Cli.Curation;

/// <summary>The campaign-tag options: any of them turns tagging on; the source defaults to each network's name.</summary>
internal sealed class UtmOptions
{
    public Option<bool> Default { get; } = new("--utm") { Description = "Tag the shared link: utm_source is each network's name, utm_medium is social" };

    public Option<string?> Source { get; } = new("--utm-source") { Description = "utm_source for the shared link (default: each network's name)" };

    public Option<string?> Medium { get; } = new("--utm-medium") { Description = "utm_medium for the shared link (default: social)" };

    public Option<string?> Campaign { get; } = new("--utm-campaign") { Description = "utm_campaign for the shared link" };

    /// <returns>The tags asked for, or null when no option was given.</returns>
    public UtmTags? Read(ParseResult parse)
    {
        var source = parse.GetValue(Source);
        var medium = parse.GetValue(Medium);
        var campaign = parse.GetValue(Campaign);
        if (!parse.GetValue(Default) && source is null && medium is null && campaign is null)
        {
            return null;
        }

        try
        {
            return new UtmTags(source, medium ?? UtmTags.DefaultMedium, campaign).Validated();
        }
        catch (ArgumentException error)
        {
            throw new CliException(error.Message.Split(" (Parameter", 2)[0], ExitCodes.Usage);
        }
    }
}
