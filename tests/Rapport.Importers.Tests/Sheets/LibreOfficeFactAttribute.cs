namespace Rapport.Importers.Tests.Sheets;

/// <summary>A fact that needs LibreOffice's soffice on the PATH; skipped, saying how to install it, when absent.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Executable is null)
        {
            Skip = "soffice is not on the PATH: apt-get install -y --no-install-recommends libreoffice-calc";
        }
    }
}
