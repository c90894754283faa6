namespace Rapport.Cli.Infrastructure;

/// <summary>What <c>rapport</c> exits with, so scripts can tell failures apart.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int NotFound = 3;
    public const int BadInput = 4;
    public const int DatabaseNotReady = 5;
    public const int Cancelled = 130;
}
