namespace Rapport.Web.EndToEnd.Tests.Support;

/// <summary>
/// A test in real Chromium. On a developer machine without Debian's <c>chromium</c> it is skipped with a
/// message; where a browser is required (<c>.ci/run</c> sets <c>RAPPORT_REQUIRE_CHROMIUM=1</c>, and any
/// <c>CI</c>) it runs and fails, saying what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = $"{Chromium.ExecutablePath} is missing: apt-get install -y --no-install-recommends chromium chromium-driver (required in CI).";
        }
    }
}
