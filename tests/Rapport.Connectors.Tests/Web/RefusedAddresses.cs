namespace Rapport.Connectors.Tests.Web;

/// <summary>One address from every range the fetcher refuses, in every IPv6 spelling that carries IPv4.</summary>
public static class RefusedAddresses
{
    private static readonly string[] Ipv4 =
    [
        "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1", "100.64.0.1", "169.254.1.1",
        "169.254.169.254", "224.0.0.1", "239.255.255.250", "0.0.0.0", "255.255.255.255", "240.0.0.1", "192.0.0.8",
        "192.0.2.1", "198.51.100.1", "203.0.113.1", "198.18.0.1",
    ];

    private static readonly string[] Ipv6 =
    [
        "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "fec0::1", "ff02::1", "100::1", "2001:db8::1", "64:ff9b:1::1", "2001::1",
    ];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var address in Ipv4)
        {
            data.Add(address);
            data.Add("::ffff:" + address);
            if (address != "0.0.0.0")
            {
                data.Add("::" + address);
            }
        }

        foreach (var address in Ipv6)
        {
            data.Add(address);
        }

        data.Add("64:ff9b::a00:1");
        data.Add("2002:a9fe:a9fe::1");
        return data;
    }
}
