using System.Net;
using System.Net.Sockets;

namespace Rapport.Connectors.Web;

/// <summary>
/// Decides whether an address is a public internet address. Everything the IANA special-purpose registries
/// mark as not globally reachable is refused, and IPv6 forms that carry an IPv4 address (mapped, compatible,
/// NAT64, 6to4) are judged by the IPv4 address they carry, so no spelling of a private address gets through.
/// </summary>
public static class AddressPolicy
{
    private static readonly IPAddress AwsIpv6Metadata = IPAddress.Parse("fd00:ec2::254");
    private static readonly IPAddress Ipv4Metadata = IPAddress.Parse("169.254.169.254");

    private static readonly (IPNetwork Network, string Reason, bool IsLoopback)[] RefusedIpv4 =
    [
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address (127.0.0.0/8)", true),
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified address (0.0.0.0/8, \"this network\")", false),
        (IPNetwork.Parse("10.0.0.0/8"), "a private network address (10.0.0.0/8)", false),
        (IPNetwork.Parse("172.16.0.0/12"), "a private network address (172.16.0.0/12)", false),
        (IPNetwork.Parse("192.168.0.0/16"), "a private network address (192.168.0.0/16)", false),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address (100.64.0.0/10)", false),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (169.254.0.0/16)", false),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol address (192.0.0.0/24)", false),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address (192.0.2.0/24)", false),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address (198.51.100.0/24)", false),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address (203.0.113.0/24)", false),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address (198.18.0.0/15)", false),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address (224.0.0.0/4)", false),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address (255.255.255.255)", false),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address (240.0.0.0/4)", false),
    ];

    private static readonly (IPNetwork Network, string Reason, bool IsLoopback)[] RefusedIpv6 =
    [
        (IPNetwork.Parse("::1/128"), "a loopback address (::1)", true),
        (IPNetwork.Parse("::/128"), "the unspecified address (::)", false),
        (IPNetwork.Parse("fe80::/10"), "a link-local address (fe80::/10)", false),
        (IPNetwork.Parse("fc00::/7"), "a unique-local address (fc00::/7)", false),
        (IPNetwork.Parse("fec0::/10"), "a site-local address (fec0::/10)", false),
        (IPNetwork.Parse("ff00::/8"), "a multicast address (ff00::/8)", false),
        (IPNetwork.Parse("100::/64"), "a discard-only address (100::/64)", false),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address (2001:db8::/32)", false),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address (64:ff9b:1::/48)", false),
        (IPNetwork.Parse("2001::/32"), "a Teredo tunnel address (2001::/32)", false),
    ];

    private static readonly IPNetwork Nat64WellKnown = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Ipv4Compatible = IPNetwork.Parse("::/96");

    /// <summary>Returns why <paramref name="address"/> must not be connected to, or null for a public address.</summary>
    public static AddressRefusal? Evaluate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        if (address.Equals(Ipv4Metadata) || address.Equals(AwsIpv6Metadata))
        {
            return new AddressRefusal(address, $"the cloud metadata service ({address})", false);
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return EvaluateIpv4(address, address, carrier: null);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return new AddressRefusal(address, "not an internet address", false);
        }

        var withoutScope = address.ScopeId == 0 ? address : new IPAddress(address.GetAddressBytes());
        if (EmbeddedIpv4(withoutScope) is { } embedded)
        {
            return EvaluateIpv4(address, embedded.Address, embedded.Form);
        }

        foreach (var (network, reason, isLoopback) in RefusedIpv6)
        {
            if (network.Contains(withoutScope))
            {
                return new AddressRefusal(address, reason, isLoopback);
            }
        }

        return null;
    }

    private static AddressRefusal? EvaluateIpv4(IPAddress original, IPAddress ipv4, string? carrier)
    {
        if (ipv4.Equals(Ipv4Metadata))
        {
            return new AddressRefusal(original, Carried("the cloud metadata service (169.254.169.254)", carrier), false);
        }

        foreach (var (network, reason, isLoopback) in RefusedIpv4)
        {
            if (network.Contains(ipv4))
            {
                return new AddressRefusal(original, Carried(reason, carrier), isLoopback);
            }
        }

        return null;
    }

    private static string Carried(string reason, string? carrier) =>
        carrier is null ? reason : $"{carrier} of {reason}";

    private static (IPAddress Address, string Form)? EmbeddedIpv4(IPAddress ipv6)
    {
        if (ipv6.IsIPv4MappedToIPv6)
        {
            return (ipv6.MapToIPv4(), "the IPv4-mapped IPv6 form");
        }

        var bytes = ipv6.GetAddressBytes();

        // :: and ::1 are IPv6's own unspecified and loopback addresses, not IPv4-compatible forms of 0.0.0.0/0.0.0.1.
        if (Ipv4Compatible.Contains(ipv6) && !ipv6.Equals(IPAddress.IPv6Any) && !ipv6.Equals(IPAddress.IPv6Loopback))
        {
            return (new IPAddress(bytes.AsSpan(12, 4)), "the IPv4-compatible IPv6 form");
        }

        if (Nat64WellKnown.Contains(ipv6))
        {
            return (new IPAddress(bytes.AsSpan(12, 4)), "the NAT64 form");
        }

        if (SixToFour.Contains(ipv6))
        {
            return (new IPAddress(bytes.AsSpan(2, 4)), "the 6to4 form");
        }

        return null;
    }
}
