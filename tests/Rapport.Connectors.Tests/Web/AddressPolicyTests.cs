using System.Net;
using Rapport.Connectors.Web;

namespace Rapport.Connectors.Tests.Web;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private network address (10.0.0.0/8)")]
    [InlineData("10.255.255.255", "private network address (10.0.0.0/8)")]
    [InlineData("172.16.0.1", "private network address (172.16.0.0/12)")]
    [InlineData("172.31.255.254", "private network address (172.16.0.0/12)")]
    [InlineData("192.168.1.1", "private network address (192.168.0.0/16)")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("100.100.100.200", "carrier-grade NAT")]
    [InlineData("169.254.1.1", "link-local address (169.254.0.0/16)")]
    [InlineData("169.254.169.254", "cloud metadata service")]
    [InlineData("fd00:ec2::254", "cloud metadata service")]
    [InlineData("fe80::1", "link-local address (fe80::/10)")]
    [InlineData("febf:ffff::1", "link-local address (fe80::/10)")]
    [InlineData("fc00::1", "unique-local address (fc00::/7)")]
    [InlineData("fd12:3456:789a::1", "unique-local address (fc00::/7)")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("ff0e::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("192.0.0.8", "IETF protocol")]
    [InlineData("192.0.2.10", "documentation")]
    [InlineData("198.51.100.7", "documentation")]
    [InlineData("203.0.113.9", "documentation")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("100::1", "discard")]
    public void Refuses_every_non_public_range(string address, string reason)
    {
        var refusal = AddressPolicy.Evaluate(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "10.0.0.0/8")]
    [InlineData("::ffff:172.16.5.4", "172.16.0.0/12")]
    [InlineData("::ffff:192.168.0.1", "192.168.0.0/16")]
    [InlineData("::ffff:100.64.1.1", "carrier-grade NAT")]
    [InlineData("::ffff:169.254.169.254", "cloud metadata service")]
    [InlineData("::ffff:169.254.3.3", "link-local")]
    [InlineData("::ffff:224.0.0.1", "multicast")]
    [InlineData("::ffff:0.0.0.0", "unspecified")]
    [InlineData("::ffff:255.255.255.255", "broadcast")]
    public void Refuses_ipv4_mapped_ipv6_forms(string address, string reason)
    {
        var refusal = AddressPolicy.Evaluate(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.StartsWith("the IPv4-mapped IPv6 form of", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::127.0.0.1", "loopback")]
    [InlineData("::10.0.0.1", "10.0.0.0/8")]
    [InlineData("::192.168.1.1", "192.168.0.0/16")]
    [InlineData("::169.254.169.254", "cloud metadata service")]
    [InlineData("::100.64.0.1", "carrier-grade NAT")]
    public void Refuses_ipv4_compatible_ipv6_forms(string address, string reason)
    {
        var refusal = AddressPolicy.Evaluate(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.StartsWith("the IPv4-compatible IPv6 form of", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64:ff9b::7f00:1", "NAT64", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "NAT64", "cloud metadata service")]
    [InlineData("2002:a00:1::1", "6to4", "10.0.0.0/8")]
    [InlineData("2002:c0a8:101::1", "6to4", "192.168.0.0/16")]
    public void Refuses_translated_forms_that_carry_a_private_ipv4_address(string address, string form, string reason)
    {
        var refusal = AddressPolicy.Evaluate(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(form, refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scoped_link_local_address_is_still_link_local()
    {
        var scoped = IPAddress.Parse("fe80::1%2");

        Assert.Contains("link-local", AddressPolicy.Evaluate(scoped)?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:81c::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Allows_public_addresses(string address) =>
        Assert.Null(AddressPolicy.Evaluate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Marks_loopback_so_only_a_test_setting_can_open_it(string address) =>
        Assert.True(AddressPolicy.Evaluate(IPAddress.Parse(address))?.IsLoopback);

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("192.168.0.1")]
    public void Private_addresses_are_never_treated_as_loopback(string address) =>
        Assert.False(AddressPolicy.Evaluate(IPAddress.Parse(address))?.IsLoopback);
}
