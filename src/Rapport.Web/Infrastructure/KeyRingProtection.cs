using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Rapport.Hosting;

namespace Rapport.Web.Infrastructure;

/// <summary>
/// Where the Data Protection key ring (which signs and encrypts antiforgery tokens) is kept and how it is
/// protected at rest: in the data directory's <c>keys</c> folder (owner-only), every key encrypted with a
/// certificate of its own, created on first start beside the folder as <c>key-protection.pfx</c> readable by
/// the owner only. Windows uses DPAPI instead. Keeping the ring there, rather than in the default profile
/// folder in plain XML, means a copy of the keys folder alone (a backup, a synced folder) cannot forge or read
/// tokens, and that tokens issued before a restart stay valid after it.
/// </summary>
public static class KeyRingProtection
{
    public const string KeysFolderName = "keys";
    public const string CertificateFileName = "key-protection.pfx";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static IServiceCollection AddRapportDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var dataDirectory = RapportDataDirectory.Resolve(configuration);
        var keys = new DirectoryInfo(Path.Combine(dataDirectory, KeysFolderName));
        var protection = services.AddDataProtection().SetApplicationName("Rapport").PersistKeysToFileSystem(keys);
        if (OperatingSystem.IsWindows())
        {
            keys.Create();
            protection.ProtectKeysWithDpapi();
            return services;
        }

        // The mode applies only to the folder named, so the data directory is created first: when this runs
        // before anything else has made it, it must be as private as the database it will hold.
        if (!Directory.Exists(dataDirectory))
        {
            Directory.CreateDirectory(dataDirectory, OwnerOnlyFolder);
        }

        Directory.CreateDirectory(keys.FullName, OwnerOnlyFolder);
        var certificate = LoadOrCreateCertificate(Path.Combine(dataDirectory, CertificateFileName));
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static X509Certificate2 LoadOrCreateCertificate(string path)
    {
        if (!File.Exists(path))
        {
            try
            {
                CreateCertificate(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process started at the same moment and wrote it first: use theirs.
            }
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void CreateCertificate(string path)
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=Rapport key ring protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var pfx = certificate.Export(X509ContentType.Pkcs12);

        // Created owner-only from the first byte (CreateNew, so two starts never write one file together).
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile };
        using (var file = new FileStream(path, options))
        {
            file.Write(pfx);
        }

        CryptographicOperations.ZeroMemory(pfx);
    }
}
