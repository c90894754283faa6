using Microsoft.Extensions.Options;

namespace Rapport.Connectors.Web;

/// <summary>Checks what data annotations cannot express: the relation between limits, and port numbers.</summary>
internal sealed class WebFetchOptionsValidator : IValidateOptions<WebFetchOptions>
{
    public ValidateOptionsResult Validate(string? name, WebFetchOptions options)
    {
        var failures = new List<string>();
        if (options.ConnectTimeout > options.TotalTimeout)
        {
            failures.Add($"{WebFetchOptions.SectionName}:ConnectTimeout ({options.ConnectTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        foreach (var port in options.LoopbackPortsAllowedForTesting)
        {
            if (port is < 1 or > 65535)
            {
                failures.Add($"{WebFetchOptions.SectionName}:LoopbackPortsAllowedForTesting holds {port}, which is not a TCP port.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
