using Microsoft.Playwright;

namespace Rapport.Web.EndToEnd.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; Playwright's own browser download is never used.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired =>
        Environment.GetEnvironmentVariable("RAPPORT_REQUIRE_CHROMIUM") is "1" or "true"
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Without the background-networking flags Chromium tries to reach the internet on its own.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-default-apps", "--disable-extensions", "--metrics-recording-only", "--disable-breakpad",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"Chromium is required for the end-to-end tests but {ExecutablePath} is missing: apt-get install -y --no-install-recommends chromium chromium-driver.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
    }
}
